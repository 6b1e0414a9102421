import ZStackSDK

/// The server side of ``ReloadExternalService``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/external/services`, asynchronous.
nonisolated enum ReloadExternalServiceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ReloadExternalService.operation, bodyWrapper: "reloadExternalService") { call in
            let body = try call.decodeBody(Body.self)
            let request = ReloadExternalService.Request(
                name: try call.required(body.wrapped?.name, .bodyField("reloadExternalService.name")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.reloadExternalService(request) }
        }
    }

    /// The JSON body of a request: `{"reloadExternalService": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "reloadExternalService"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var name: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
