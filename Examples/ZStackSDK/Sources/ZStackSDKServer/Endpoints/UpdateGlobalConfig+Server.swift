import ZStackSDK

/// The server side of ``UpdateGlobalConfig``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/global-configurations/{category}/{name}/actions`, asynchronous.
nonisolated enum UpdateGlobalConfigServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateGlobalConfig.operation, bodyWrapper: "updateGlobalConfig") { call in
            let request = try call.decodeBody(wrapper: "updateGlobalConfig") { body in
                let value = try body.wrappedField(String.self, "value")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateGlobalConfig.Request(
                    category: try call.pathParameter("category", as: String.self),
                    name: try call.pathParameter("name", as: String.self),
                    value: value,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateGlobalConfig(request) }
        }
    }
}
