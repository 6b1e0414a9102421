import ZStackSDK

/// The server side of ``UpdateResourceConfig``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/resource-configurations/{category}/{name}/{resourceUuid}/actions`, asynchronous.
nonisolated enum UpdateResourceConfigServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateResourceConfig.operation, bodyWrapper: "updateResourceConfig") { call in
            let request = try call.decodeBody(wrapper: "updateResourceConfig") { body in
                let value = try body.wrappedField(String.self, "value")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateResourceConfig.Request(
                    category: try call.pathParameter("category", as: String.self),
                    name: try call.pathParameter("name", as: String.self),
                    resourceUuid: try call.pathParameter("resourceUuid", as: String.self),
                    value: try call.required(value, .bodyField("updateResourceConfig.value")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateResourceConfig(request) }
        }
    }
}
