import ZStackSDK

/// The server side of ``AddSdnController``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/sdn-controllers`, asynchronous.
nonisolated enum AddSdnControllerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddSdnController.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddSdnController.Request(
                vendorType: try call.required(body.wrapped?.vendorType, .bodyField("params.vendorType")),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                ip: try call.required(body.wrapped?.ip, .bodyField("params.ip")),
                userName: try call.required(body.wrapped?.userName, .bodyField("params.userName")),
                password: try call.required(body.wrapped?.password, .bodyField("params.password")),
                description: body.wrapped?.description,
                resourceUuid: body.wrapped?.resourceUuid,
                tagUuids: body.wrapped?.tagUuids,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.addSdnController(request) }
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
            var vendorType: String?
            var name: String?
            var description: String?
            var ip: String?
            var userName: String?
            var password: String?
            var resourceUuid: String?
            var tagUuids: [String]?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case vendorType = "vendorType"
                case name = "name"
                case description = "description"
                case ip = "ip"
                case userName = "userName"
                case password = "password"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
