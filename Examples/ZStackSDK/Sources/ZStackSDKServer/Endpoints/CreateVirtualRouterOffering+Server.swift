import ZStackSDK

/// The server side of ``CreateVirtualRouterOffering``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/instance-offerings/virtual-routers`, asynchronous.
nonisolated enum CreateVirtualRouterOfferingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVirtualRouterOffering.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateVirtualRouterOffering.Request(
                zoneUuid: try call.required(body.wrapped?.zoneUuid, .bodyField("params.zoneUuid")),
                managementNetworkUuid: try call.required(
                    body.wrapped?.managementNetworkUuid,
                    .bodyField("params.managementNetworkUuid")
                ),
                imageUuid: try call.required(body.wrapped?.imageUuid, .bodyField("params.imageUuid")),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                cpuNum: try call.required(body.wrapped?.cpuNum, .bodyField("params.cpuNum")),
                cpuSpeed: try call.required(body.wrapped?.cpuSpeed, .bodyField("params.cpuSpeed")),
                memorySize: try call.required(body.wrapped?.memorySize, .bodyField("params.memorySize")),
                publicNetworkUuid: body.wrapped?.publicNetworkUuid,
                isDefault: body.wrapped?.isDefault,
                description: body.wrapped?.description,
                allocatorStrategy: body.wrapped?.allocatorStrategy,
                sortKey: body.wrapped?.sortKey,
                type: body.wrapped?.type,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                reservedMemorySize: body.wrapped?.reservedMemorySize,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.createVirtualRouterOffering(request) }
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
            var zoneUuid: String?
            var managementNetworkUuid: String?
            var imageUuid: String?
            var publicNetworkUuid: String?
            var isDefault: Bool?
            var name: String?
            var description: String?
            var cpuNum: Int?
            var cpuSpeed: Int?
            var memorySize: Int64?
            var allocatorStrategy: String?
            var sortKey: Int?
            var type: String?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var reservedMemorySize: Int64?
            var tagUuids: [String]?

            private enum CodingKeys: String, CodingKey {
                case zoneUuid = "zoneUuid"
                case managementNetworkUuid = "managementNetworkUuid"
                case imageUuid = "imageUuid"
                case publicNetworkUuid = "publicNetworkUuid"
                case isDefault = "isDefault"
                case name = "name"
                case description = "description"
                case cpuNum = "cpuNum"
                case cpuSpeed = "cpuSpeed"
                case memorySize = "memorySize"
                case allocatorStrategy = "allocatorStrategy"
                case sortKey = "sortKey"
                case type = "type"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case reservedMemorySize = "reservedMemorySize"
                case tagUuids = "tagUuids"
            }
        }
    }
}
