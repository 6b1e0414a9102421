import ZStackSDK

/// The server side of ``ReloadExternalService``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/external/services`, asynchronous.
nonisolated enum ReloadExternalServiceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ReloadExternalService.operation, bodyWrapper: "reloadExternalService") { call in
            let request = try call.decodeBody(wrapper: "reloadExternalService") { body in
                let name = try body.wrappedField(String.self, "name")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ReloadExternalService.Request(
                    name: try call.required(name, .bodyField("reloadExternalService.name")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.reloadExternalService(request) }
        }
    }
}
