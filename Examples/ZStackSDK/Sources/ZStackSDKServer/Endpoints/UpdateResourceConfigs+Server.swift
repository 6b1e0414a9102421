import ZStackSDK

/// The server side of ``UpdateResourceConfigs``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/resource-configurations/{resourceUuid}/resource-configs/actions`, asynchronous.
nonisolated enum UpdateResourceConfigsServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateResourceConfigs.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let resourceConfigs = try body.wrappedField([ZStackJSONValue].self, "resourceConfigs")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateResourceConfigs.Request(
                    resourceUuid: try call.pathParameter("resourceUuid", as: String.self),
                    resourceConfigs: try call.required(resourceConfigs, .bodyField("params.resourceConfigs")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateResourceConfigs(request) }
        }
    }
}
