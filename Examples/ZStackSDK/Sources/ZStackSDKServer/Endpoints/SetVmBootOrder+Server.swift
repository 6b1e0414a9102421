import ZStackSDK

/// The server side of ``SetVmBootOrder``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum SetVmBootOrderServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmBootOrder.operation, bodyWrapper: "setVmBootOrder") { call in
            let request = try call.decodeBody(wrapper: "setVmBootOrder") { body in
                let bootOrder = try body.wrappedField([String].self, "bootOrder")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return SetVmBootOrder.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    bootOrder: bootOrder,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.setVmBootOrder(request) }
        }
    }
}
