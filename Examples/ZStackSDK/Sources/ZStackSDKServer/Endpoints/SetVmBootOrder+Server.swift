import ZStackSDK

/// The server side of ``SetVmBootOrder``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum SetVmBootOrderServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmBootOrder.operation, bodyWrapper: "setVmBootOrder") { call in
            let body = try call.decodeBody(Body.self)
            let request = SetVmBootOrder.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                bootOrder: body.wrapped?.bootOrder,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.setVmBootOrder(request) }
        }
    }

    /// The JSON body of a request: `{"setVmBootOrder": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "setVmBootOrder"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var bootOrder: [String]?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case bootOrder = "bootOrder"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
