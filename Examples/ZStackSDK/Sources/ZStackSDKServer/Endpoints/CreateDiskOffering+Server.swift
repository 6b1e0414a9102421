import ZStackSDK

/// The server side of ``CreateDiskOffering``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/disk-offerings`, asynchronous.
nonisolated enum CreateDiskOfferingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateDiskOffering.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateDiskOffering.Request(
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                diskSize: try call.required(body.wrapped?.diskSize, .bodyField("params.diskSize")),
                description: body.wrapped?.description,
                sortKey: body.wrapped?.sortKey,
                allocationStrategy: body.wrapped?.allocationStrategy,
                type: body.wrapped?.type,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.createDiskOffering(request) }
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
            var diskSize: Int64?
            var sortKey: Int?
            var allocationStrategy: String?
            var type: CreateDiskOfferingTypeValue?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var tagUuids: [String]?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case diskSize = "diskSize"
                case sortKey = "sortKey"
                case allocationStrategy = "allocationStrategy"
                case type = "type"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case tagUuids = "tagUuids"
            }
        }
    }
}
