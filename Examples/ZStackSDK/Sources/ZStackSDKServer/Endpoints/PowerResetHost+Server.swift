import ZStackSDK

/// The server side of ``PowerResetHost``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous.
nonisolated enum PowerResetHostServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: PowerResetHost.operation, bodyWrapper: "powerResetHost") { call in
            let body = try call.decodeBody(Body.self)
            let request = PowerResetHost.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                method: body.wrapped?.method,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                returnEarly: body.wrapped?.returnEarly
            )
            return { try await handler.powerResetHost(request) }
        }
    }

    /// The JSON body of a request: `{"powerResetHost": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "powerResetHost"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var method: PowerResetHostMethod?
            var systemTags: [String]?
            var userTags: [String]?
            var returnEarly: Bool?

            private enum CodingKeys: String, CodingKey {
                case method = "method"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case returnEarly = "returnEarly"
            }
        }
    }
}
