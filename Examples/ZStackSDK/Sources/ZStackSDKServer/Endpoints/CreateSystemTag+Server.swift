import ZStackSDK

/// The server side of ``CreateSystemTag``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/system-tags`, asynchronous.
nonisolated enum CreateSystemTagServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateSystemTag.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let resourceType = try body.wrappedField(String.self, "resourceType")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tag = try body.wrappedField(String.self, "tag")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return CreateSystemTag.Request(
                    resourceType: try call.required(resourceType, .bodyField("params.resourceType")),
                    resourceUuid: try call.required(resourceUuid, .bodyField("params.resourceUuid")),
                    tag: try call.required(tag, .bodyField("params.tag")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.createSystemTag(request) }
        }
    }
}
