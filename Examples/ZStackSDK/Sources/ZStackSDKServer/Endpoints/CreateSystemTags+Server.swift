import ZStackSDK

/// The server side of ``CreateSystemTags``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/system-tags/{resourceUuid}/tags`, asynchronous.
nonisolated enum CreateSystemTagsServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateSystemTags.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let resourceType = try body.wrappedField(String.self, "resourceType")
                let tags = try body.wrappedField([String].self, "tags")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return CreateSystemTags.Request(
                    resourceUuid: try call.pathParameter("resourceUuid", as: String.self),
                    resourceType: try call.required(resourceType, .bodyField("params.resourceType")),
                    tags: try call.required(tags, .bodyField("params.tags")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.createSystemTags(request) }
        }
    }
}
