import ZStackSDK

/// The server side of ``SetVmBootMode``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum SetVmBootModeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmBootMode.operation, bodyWrapper: "setVmBootMode") { call in
            let body = try call.decodeBody(Body.self)
            let request = SetVmBootMode.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                bootMode: try call.required(body.wrapped?.bootMode, .bodyField("setVmBootMode.bootMode")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.setVmBootMode(request) }
        }
    }

    /// The JSON body of a request: `{"setVmBootMode": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "setVmBootMode"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var bootMode: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case bootMode = "bootMode"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
