import ZStackSDK

/// The server side of ``SetImageBootMode``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous.
nonisolated enum SetImageBootModeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetImageBootMode.operation, bodyWrapper: "setImageBootMode") { call in
            let request = try call.decodeBody(wrapper: "setImageBootMode") { body in
                let bootMode = try body.wrappedField(SetImageBootModeBootMode.self, "bootMode")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return SetImageBootMode.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    bootMode: try call.required(bootMode, .bodyField("setImageBootMode.bootMode")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.setImageBootMode(request) }
        }
    }
}
