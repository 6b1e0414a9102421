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
            var description: String?
            var instanceOfferingUuid: String?
            var cpuNum: Int?
            var memorySize: Int64?
            var l3NetworkUuids: [String]?
            var vmNicParams: String?
            var type: CreateVmInstanceFromVolumeTypeValue?
            var volumeUuid: String?
            var platform: CreateVmInstanceFromVolumePlatform?
            var zoneUuid: String?
            var clusterUuid: String?
            var hostUuid: String?
            var primaryStorageUuid: String?
            var defaultL3NetworkUuid: String?
            var strategy: CreateVmInstanceFromVolumeStrategy?
            var resourceUuid: String?
            var tagUuids: [String]?
            var systemTags: [String]?
            var userTags: [String]?
            var reservedMemorySize: Int64?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case instanceOfferingUuid = "instanceOfferingUuid"
                case cpuNum = "cpuNum"
                case memorySize = "memorySize"
                case l3NetworkUuids = "l3NetworkUuids"
                case vmNicParams = "vmNicParams"
                case type = "type"
                case volumeUuid = "volumeUuid"
                case platform = "platform"
                case zoneUuid = "zoneUuid"
                case clusterUuid = "clusterUuid"
                case hostUuid = "hostUuid"
                case primaryStorageUuid = "primaryStorageUuid"
                case defaultL3NetworkUuid = "defaultL3NetworkUuid"
                case strategy = "strategy"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case reservedMemorySize = "reservedMemorySize"
            }
        }
    }
}
