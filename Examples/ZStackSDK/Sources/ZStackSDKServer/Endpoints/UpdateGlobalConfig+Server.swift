import ZStackSDK

/// The server side of ``UpdateGlobalConfig``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/global-configurations/{category}/{name}/actions`, asynchronous.
nonisolated enum UpdateGlobalConfigServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateGlobalConfig.operation, bodyWrapper: "updateGlobalConfig") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateGlobalConfig.Request(
                category: try call.pathParameter("category", as: String.self),
                name: try call.pathParameter("name", as: String.self),
                value: body.wrapped?.value,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateGlobalConfig(request) }
        }
    }

    /// The JSON body of a request: `{"updateGlobalConfig": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateGlobalConfig"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var value: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case value = "value"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
