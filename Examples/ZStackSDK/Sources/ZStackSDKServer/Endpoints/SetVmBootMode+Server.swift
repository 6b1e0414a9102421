import ZStackSDK

/// The server side of ``SetVmBootMode``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum SetVmBootModeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmBootMode.operation, bodyWrapper: "setVmBootMode") { call in
            let request = try call.decodeBody(wrapper: "setVmBootMode") { body in
                let bootMode = try body.wrappedField(String.self, "bootMode")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return SetVmBootMode.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    bootMode: try call.required(bootMode, .bodyField("setVmBootMode.bootMode")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.setVmBootMode(request) }
        }
    }
}
