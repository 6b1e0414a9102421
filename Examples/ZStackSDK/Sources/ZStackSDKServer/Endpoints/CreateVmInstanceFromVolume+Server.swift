import ZStackSDK

/// The server side of ``CreateVmInstanceFromVolume``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/vm-instances/from/volume`, asynchronous.
nonisolated enum CreateVmInstanceFromVolumeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVmInstanceFromVolume.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateVmInstanceFromVolume.Request(
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                volumeUuid: try call.required(body.wrapped?.volumeUuid, .bodyField("params.volumeUuid")),
                description: body.wrapped?.description,
                instanceOfferingUuid: body.wrapped?.instanceOfferingUuid,
                cpuNum: body.wrapped?.cpuNum,
                memorySize: body.wrapped?.memorySize,
                l3NetworkUuids: body.wrapped?.l3NetworkUuids,
                vmNicParams: body.wrapped?.vmNicParams,
                type: body.wrapped?.type,
                platform: body.wrapped?.platform,
                zoneUuid: body.wrapped?.zoneUuid,
                clusterUuid: body.wrapped?.clusterUuid,
                hostUuid: body.wrapped?.hostUuid,
                primaryStorageUuid: body.wrapped?.primaryStorageUuid,
                defaultL3NetworkUuid: body.wrapped?.defaultL3NetworkUuid,
                strategy: body.wrapped?.strategy,
                resourceUuid: body.wrapped?.resourceUuid,
                tagUuids: body.wrapped?.tagUuids,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                reservedMemorySize: body.wrapped?.reservedMemorySize
            )
            return { try await handler.createVmInstanceFromVolume(request) }
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
            let description: String?
            let instanceOfferingUuid: String?
            let cpuNum: Int?
            let memorySize: Int64?
            let l3NetworkUuids: [String]?
            let vmNicParams: String?
            let type: CreateVmInstanceFromVolumeTypeValue?
            let volumeUuid: String?
            let platform: CreateVmInstanceFromVolumePlatform?
            let zoneUuid: String?
            let clusterUuid: String?
            let hostUuid: String?
            let primaryStorageUuid: String?
            let defaultL3NetworkUuid: String?
            let strategy: CreateVmInstanceFromVolumeStrategy?
            let resourceUuid: String?
            let tagUuids: [String]?
            let systemTags: [String]?
            let userTags: [String]?
            let reservedMemorySize: Int64?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.instanceOfferingUuid = try object.optionalValue(String.self, forKey: "instanceOfferingUuid")
                self.cpuNum = try object.optionalValue(Int.self, forKey: "cpuNum")
                self.memorySize = try object.optionalValue(Int64.self, forKey: "memorySize")
                self.l3NetworkUuids = try object.optionalValue([String].self, forKey: "l3NetworkUuids")
                self.vmNicParams = try object.optionalValue(String.self, forKey: "vmNicParams")
                self.type = try object.optionalValue(CreateVmInstanceFromVolumeTypeValue.self, forKey: "type")
                self.volumeUuid = try object.optionalValue(String.self, forKey: "volumeUuid")
                self.platform = try object.optionalValue(CreateVmInstanceFromVolumePlatform.self, forKey: "platform")
                self.zoneUuid = try object.optionalValue(String.self, forKey: "zoneUuid")
                self.clusterUuid = try object.optionalValue(String.self, forKey: "clusterUuid")
                self.hostUuid = try object.optionalValue(String.self, forKey: "hostUuid")
                self.primaryStorageUuid = try object.optionalValue(String.self, forKey: "primaryStorageUuid")
                self.defaultL3NetworkUuid = try object.optionalValue(String.self, forKey: "defaultL3NetworkUuid")
                self.strategy = try object.optionalValue(CreateVmInstanceFromVolumeStrategy.self, forKey: "strategy")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.reservedMemorySize = try object.optionalValue(Int64.self, forKey: "reservedMemorySize")
            }
        }
    }
}
