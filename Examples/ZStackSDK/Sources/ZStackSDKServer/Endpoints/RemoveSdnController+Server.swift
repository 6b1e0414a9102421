import ZStackSDK

/// The server side of ``RemoveSdnController``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/sdn-controllers/{uuid}`, asynchronous.
nonisolated enum RemoveSdnControllerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RemoveSdnController.operation, bodyWrapper: nil) { call in
            let request = RemoveSdnController.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.removeSdnController(request) }
        }
    }
}
