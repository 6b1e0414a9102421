import ZStackSDK

/// The server side of ``DeleteL3Network``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/l3-networks/{uuid}`, asynchronous.
nonisolated enum DeleteL3NetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteL3Network.operation, bodyWrapper: nil) { call in
            let request = DeleteL3Network.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteL3Network(request) }
        }
    }
}
