import ZStackSDK

/// The server side of ``DeleteWebhook``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/web-hooks/{uuid}`, asynchronous.
nonisolated enum DeleteWebhookServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteWebhook.operation, bodyWrapper: nil) { call in
            let request = DeleteWebhook.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteWebhook(request) }
        }
    }
}
