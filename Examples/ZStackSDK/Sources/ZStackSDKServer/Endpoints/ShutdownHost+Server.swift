import ZStackSDK

/// The server side of ``ShutdownHost``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous.
nonisolated enum ShutdownHostServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ShutdownHost.operation, bodyWrapper: "shutdownHost") { call in
            let body = try call.decodeBody(Body.self)
            let request = ShutdownHost.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                returnEarly: body.wrapped?.returnEarly,
                force: body.wrapped?.force,
                method: body.wrapped?.method,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.shutdownHost(request) }
        }
    }

    /// The JSON body of a request: `{"shutdownHost": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "shutdownHost"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var returnEarly: Bool?
            var force: Bool?
            var method: ShutdownHostMethod?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case returnEarly = "returnEarly"
                case force = "force"
                case method = "method"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
