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
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var name: String?
            var instanceOfferingUuid: String?
            var imageUuid: String?
            var l3NetworkUuids: [String]?
            var vmNicParams: String?
            var type: CreateVmInstanceTypeValue?
            var rootDiskOfferingUuid: String?
            var dataDiskSizes: [Int64]?
            var dataDiskOfferingUuids: [String]?
            var zoneUuid: String?
            var clusterUuid: String?
            var hostUuid: String?
            var primaryStorageUuidForRootVolume: String?
            var description: String?
            var defaultL3NetworkUuid: String?
            var resourceUuid: String?
            var tagUuids: [String]?
            var systemTags: [String]?
            var userTags: [String]?
            var strategy: CreateVmInstanceStrategy?
            var rootVolumeSystemTags: [String]?
            var dataVolumeSystemTags: [String]?
            var cpuNum: Int?
            var memorySize: Int64?
            var rootDiskSize: Int64?
            var dataVolumeSystemTagsOnIndex: [String: [String]]?
            var sshKeyPairUuids: [String]?
            var dataVolumeTemplateUuids: [ZStackJSONValue]?
            var diskAOs: [ZStackJSONValue]?
            var platform: String?
            var guestOsType: String?
            var architecture: String?
            var reservedMemorySize: Int64?
            var virtio: Bool?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case instanceOfferingUuid = "instanceOfferingUuid"
                case imageUuid = "imageUuid"
                case l3NetworkUuids = "l3NetworkUuids"
                case vmNicParams = "vmNicParams"
                case type = "type"
                case rootDiskOfferingUuid = "rootDiskOfferingUuid"
                case dataDiskSizes = "dataDiskSizes"
                case dataDiskOfferingUuids = "dataDiskOfferingUuids"
                case zoneUuid = "zoneUuid"
                case clusterUuid = "clusterUuid"
                case hostUuid = "hostUuid"
                case primaryStorageUuidForRootVolume = "primaryStorageUuidForRootVolume"
                case description = "description"
                case defaultL3NetworkUuid = "defaultL3NetworkUuid"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case strategy = "strategy"
                case rootVolumeSystemTags = "rootVolumeSystemTags"
                case dataVolumeSystemTags = "dataVolumeSystemTags"
                case cpuNum = "cpuNum"
                case memorySize = "memorySize"
                case rootDiskSize = "rootDiskSize"
                case dataVolumeSystemTagsOnIndex = "dataVolumeSystemTagsOnIndex"
                case sshKeyPairUuids = "sshKeyPairUuids"
                case dataVolumeTemplateUuids = "dataVolumeTemplateUuids"
                case diskAOs = "diskAOs"
                case platform = "platform"
                case guestOsType = "guestOsType"
                case architecture = "architecture"
                case reservedMemorySize = "reservedMemorySize"
                case virtio = "virtio"
            }
        }
    }
}
