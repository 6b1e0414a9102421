import ZStackSDK

/// The server side of ``PowerOnHost``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous.
nonisolated enum PowerOnHostServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: PowerOnHost.operation, bodyWrapper: "powerOnHost") { call in
            let body = try call.decodeBody(Body.self)
            let request = PowerOnHost.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                returnEarly: body.wrapped?.returnEarly,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.powerOnHost(request) }
        }
    }

    /// The JSON body of a request: `{"powerOnHost": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "powerOnHost"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var returnEarly: Bool?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case returnEarly = "returnEarly"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
