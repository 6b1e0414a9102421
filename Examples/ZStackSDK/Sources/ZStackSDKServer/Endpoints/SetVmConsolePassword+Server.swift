import ZStackSDK

/// The server side of ``SetVmConsolePassword``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum SetVmConsolePasswordServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmConsolePassword.operation, bodyWrapper: "setVmConsolePassword") { call in
            let request = try call.decodeBody(wrapper: "setVmConsolePassword") { body in
                let consolePassword = try body.wrappedField(String.self, "consolePassword")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return SetVmConsolePassword.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    consolePassword: try call.required(
                        consolePassword,
                        .bodyField("setVmConsolePassword.consolePassword")
                    ),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.setVmConsolePassword(request) }
        }
    }
}
