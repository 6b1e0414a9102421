import ZStackSDK

/// The server side of ``CreateInstanceOffering``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/instance-offerings`, asynchronous.
nonisolated enum CreateInstanceOfferingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateInstanceOffering.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateInstanceOffering.Request(
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                cpuNum: try call.required(body.wrapped?.cpuNum, .bodyField("params.cpuNum")),
                memorySize: try call.required(body.wrapped?.memorySize, .bodyField("params.memorySize")),
                description: body.wrapped?.description,
                allocatorStrategy: body.wrapped?.allocatorStrategy,
                sortKey: body.wrapped?.sortKey,
                type: body.wrapped?.type,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                tagUuids: body.wrapped?.tagUuids,
                reservedMemorySize: body.wrapped?.reservedMemorySize
            )
            return { try await handler.createInstanceOffering(request) }
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
            var cpuNum: Int?
            var memorySize: Int64?
            var allocatorStrategy: String?
            var sortKey: Int?
            var type: String?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var tagUuids: [String]?
            var reservedMemorySize: Int64?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case cpuNum = "cpuNum"
                case memorySize = "memorySize"
                case allocatorStrategy = "allocatorStrategy"
                case sortKey = "sortKey"
                case type = "type"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case tagUuids = "tagUuids"
                case reservedMemorySize = "reservedMemorySize"
            }
        }
    }
}
