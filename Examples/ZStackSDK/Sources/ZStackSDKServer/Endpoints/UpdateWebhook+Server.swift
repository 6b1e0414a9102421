import ZStackSDK

/// The server side of ``UpdateWebhook``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/web-hooks/{uuid}`, asynchronous.
nonisolated enum UpdateWebhookServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateWebhook.operation, bodyWrapper: "updateWebhook") { call in
            let request = try call.decodeBody(wrapper: "updateWebhook") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let url = try body.wrappedField(String.self, "url")
                let type = try body.wrappedField(String.self, "type")
                let opaque = try body.wrappedField(String.self, "opaque")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateWebhook.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    url: url,
                    type: type,
                    opaque: opaque,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateWebhook(request) }
        }
    }
}
