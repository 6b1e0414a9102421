import ZStackSDK

/// The server side of ``DeleteEip``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/eips/{uuid}`, asynchronous.
nonisolated enum DeleteEipServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteEip.operation, bodyWrapper: nil) { call in
            let request = DeleteEip.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteEip(request) }
        }
    }
}
