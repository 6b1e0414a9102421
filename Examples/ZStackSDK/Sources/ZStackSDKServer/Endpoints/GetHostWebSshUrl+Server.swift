import ZStackSDK

/// The server side of ``GetHostWebSshUrl``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/hosts/webssh`, asynchronous.
nonisolated enum GetHostWebSshUrlServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetHostWebSshUrl.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = GetHostWebSshUrl.Request(
                uuid: try call.required(body.wrapped?.uuid, .bodyField("params.uuid")),
                userName: try call.required(body.wrapped?.userName, .bodyField("params.userName")),
                password: try call.required(body.wrapped?.password, .bodyField("params.password")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                https: body.wrapped?.https
            )
            return { try await handler.getHostWebSshUrl(request) }
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
            var uuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var https: Bool?
            var userName: String?
            var password: String?

            private enum CodingKeys: String, CodingKey {
                case uuid = "uuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case https = "https"
                case userName = "userName"
                case password = "password"
            }
        }
    }
}
