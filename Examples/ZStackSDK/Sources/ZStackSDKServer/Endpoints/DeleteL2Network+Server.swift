import ZStackSDK

/// The server side of ``DeleteL2Network``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/l2-networks/{uuid}`, asynchronous.
nonisolated enum DeleteL2NetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteL2Network.operation, bodyWrapper: nil) { call in
            let request = DeleteL2Network.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteL2Network(request) }
        }
    }
}
