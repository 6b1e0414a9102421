import ZStackSDK

/// The server side of ``CreateVip``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/vips`, asynchronous.
nonisolated enum CreateVipServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVip.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateVip.Request(
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                l3NetworkUuid: try call.required(body.wrapped?.l3NetworkUuid, .bodyField("params.l3NetworkUuid")),
                description: body.wrapped?.description,
                ipRangeUuid: body.wrapped?.ipRangeUuid,
                allocatorStrategy: body.wrapped?.allocatorStrategy,
                ipVersion: body.wrapped?.ipVersion,
                requiredIp: body.wrapped?.requiredIp,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.createVip(request) }
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
            var l3NetworkUuid: String?
            var ipRangeUuid: String?
            var allocatorStrategy: String?
            var ipVersion: Int?
            var requiredIp: String?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var tagUuids: [String]?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case l3NetworkUuid = "l3NetworkUuid"
                case ipRangeUuid = "ipRangeUuid"
                case allocatorStrategy = "allocatorStrategy"
                case ipVersion = "ipVersion"
                case requiredIp = "requiredIp"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case tagUuids = "tagUuids"
            }
        }
    }
}
