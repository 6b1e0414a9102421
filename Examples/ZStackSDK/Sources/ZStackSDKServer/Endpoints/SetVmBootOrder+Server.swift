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
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "setVmBootOrder")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let bootOrder: [String]?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.bootOrder = try object.optionalValue([String].self, forKey: "bootOrder")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
