import ZStackSDK

/// The server side of ``CreateVmInstance``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/vm-instances`, asynchronous.
nonisolated enum CreateVmInstanceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVmInstance.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateVmInstance.Request(
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                instanceOfferingUuid: body.wrapped?.instanceOfferingUuid,
                imageUuid: body.wrapped?.imageUuid,
                l3NetworkUuids: body.wrapped?.l3NetworkUuids,
                vmNicParams: body.wrapped?.vmNicParams,
                type: body.wrapped?.type,
                rootDiskOfferingUuid: body.wrapped?.rootDiskOfferingUuid,
                dataDiskSizes: body.wrapped?.dataDiskSizes,
                dataDiskOfferingUuids: body.wrapped?.dataDiskOfferingUuids,
                zoneUuid: body.wrapped?.zoneUuid,
                clusterUuid: body.wrapped?.clusterUuid,
                hostUuid: body.wrapped?.hostUuid,
                primaryStorageUuidForRootVolume: body.wrapped?.primaryStorageUuidForRootVolume,
                description: body.wrapped?.description,
                defaultL3NetworkUuid: body.wrapped?.defaultL3NetworkUuid,
                resourceUuid: body.wrapped?.resourceUuid,
                tagUuids: body.wrapped?.tagUuids,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                strategy: body.wrapped?.strategy,
                rootVolumeSystemTags: body.wrapped?.rootVolumeSystemTags,
                dataVolumeSystemTags: body.wrapped?.dataVolumeSystemTags,
                cpuNum: body.wrapped?.cpuNum,
                memorySize: body.wrapped?.memorySize,
                rootDiskSize: body.wrapped?.rootDiskSize,
                dataVolumeSystemTagsOnIndex: body.wrapped?.dataVolumeSystemTagsOnIndex,
                sshKeyPairUuids: body.wrapped?.sshKeyPairUuids,
                dataVolumeTemplateUuids: body.wrapped?.dataVolumeTemplateUuids,
                diskAOs: body.wrapped?.diskAOs,
                platform: body.wrapped?.platform,
                guestOsType: body.wrapped?.guestOsType,
                architecture: body.wrapped?.architecture,
                reservedMemorySize: body.wrapped?.reservedMemorySize,
                virtio: body.wrapped?.virtio
            )
            return { try await handler.createVmInstance(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "params")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let name: String?
            let instanceOfferingUuid: String?
            let imageUuid: String?
            let l3NetworkUuids: [String]?
            let vmNicParams: String?
            let type: CreateVmInstanceTypeValue?
            let rootDiskOfferingUuid: String?
            let dataDiskSizes: [Int64]?
            let dataDiskOfferingUuids: [String]?
            let zoneUuid: String?
            let clusterUuid: String?
            let hostUuid: String?
            let primaryStorageUuidForRootVolume: String?
            let description: String?
            let defaultL3NetworkUuid: String?
            let resourceUuid: String?
            let tagUuids: [String]?
            let systemTags: [String]?
            let userTags: [String]?
            let strategy: CreateVmInstanceStrategy?
            let rootVolumeSystemTags: [String]?
            let dataVolumeSystemTags: [String]?
            let cpuNum: Int?
            let memorySize: Int64?
            let rootDiskSize: Int64?
            let dataVolumeSystemTagsOnIndex: [String: [String]]?
            let sshKeyPairUuids: [String]?
            let dataVolumeTemplateUuids: [ZStackJSONValue]?
            let diskAOs: [ZStackJSONValue]?
            let platform: String?
            let guestOsType: String?
            let architecture: String?
            let reservedMemorySize: Int64?
            let virtio: Bool?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.instanceOfferingUuid = try object.optionalValue(String.self, forKey: "instanceOfferingUuid")
                self.imageUuid = try object.optionalValue(String.self, forKey: "imageUuid")
                self.l3NetworkUuids = try object.optionalValue([String].self, forKey: "l3NetworkUuids")
                self.vmNicParams = try object.optionalValue(String.self, forKey: "vmNicParams")
                self.type = try object.optionalValue(CreateVmInstanceTypeValue.self, forKey: "type")
                self.rootDiskOfferingUuid = try object.optionalValue(String.self, forKey: "rootDiskOfferingUuid")
                self.dataDiskSizes = try object.optionalValue([Int64].self, forKey: "dataDiskSizes")
                self.dataDiskOfferingUuids = try object.optionalValue([String].self, forKey: "dataDiskOfferingUuids")
                self.zoneUuid = try object.optionalValue(String.self, forKey: "zoneUuid")
                self.clusterUuid = try object.optionalValue(String.self, forKey: "clusterUuid")
                self.hostUuid = try object.optionalValue(String.self, forKey: "hostUuid")
                self.primaryStorageUuidForRootVolume = try object.optionalValue(
                    String.self,
                    forKey: "primaryStorageUuidForRootVolume"
                )
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.defaultL3NetworkUuid = try object.optionalValue(String.self, forKey: "defaultL3NetworkUuid")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.strategy = try object.optionalValue(CreateVmInstanceStrategy.self, forKey: "strategy")
                self.rootVolumeSystemTags = try object.optionalValue([String].self, forKey: "rootVolumeSystemTags")
                self.dataVolumeSystemTags = try object.optionalValue([String].self, forKey: "dataVolumeSystemTags")
                self.cpuNum = try object.optionalValue(Int.self, forKey: "cpuNum")
                self.memorySize = try object.optionalValue(Int64.self, forKey: "memorySize")
                self.rootDiskSize = try object.optionalValue(Int64.self, forKey: "rootDiskSize")
                self.dataVolumeSystemTagsOnIndex = try object.optionalValue(
                    [String: [String]].self,
                    forKey: "dataVolumeSystemTagsOnIndex"
                )
                self.sshKeyPairUuids = try object.optionalValue([String].self, forKey: "sshKeyPairUuids")
                self.dataVolumeTemplateUuids = try object.optionalValue(
                    [ZStackJSONValue].self,
                    forKey: "dataVolumeTemplateUuids"
                )
                self.diskAOs = try object.optionalValue([ZStackJSONValue].self, forKey: "diskAOs")
                self.platform = try object.optionalValue(String.self, forKey: "platform")
                self.guestOsType = try object.optionalValue(String.self, forKey: "guestOsType")
                self.architecture = try object.optionalValue(String.self, forKey: "architecture")
                self.reservedMemorySize = try object.optionalValue(Int64.self, forKey: "reservedMemorySize")
                self.virtio = try object.optionalValue(Bool.self, forKey: "virtio")
            }
        }
    }
}
