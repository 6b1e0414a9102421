import ZStackSDK

/// The server side of ``CreateWebhook``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/web-hooks`, asynchronous.
nonisolated enum CreateWebhookServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateWebhook.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let url = try body.wrappedField(String.self, "url")
                let type = try body.wrappedField(String.self, "type")
                let description = try body.wrappedField(String.self, "description")
                let opaque = try body.wrappedField(String.self, "opaque")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return CreateWebhook.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    url: try call.required(url, .bodyField("params.url")),
                    type: try call.required(type, .bodyField("params.type")),
                    description: description,
                    opaque: opaque,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.createWebhook(request) }
        }
    }
}
