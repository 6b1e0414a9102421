import ZStackSDK

/// The server side of ``RenewSession``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/sessions/{sessionUuid}/renew`, asynchronous.
nonisolated enum RenewSessionServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RenewSession.operation, bodyWrapper: "renewSession") { call in
            let body = try call.decodeBody(Body.self)
            let request = RenewSession.Request(
                sessionUuid: try call.pathParameter("sessionUuid", as: String.self),
                duration: body.wrapped?.duration,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.renewSession(request) }
        }
    }

    /// The JSON body of a request: `{"renewSession": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "renewSession"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var duration: Int64?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case duration = "duration"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
