import ZStackSDK

/// The server side of ``DeleteAccessControlList``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/access-control-lists/{uuid}`, asynchronous.
nonisolated enum DeleteAccessControlListServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteAccessControlList.operation, bodyWrapper: nil) { call in
            let request = DeleteAccessControlList.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteAccessControlList(request) }
        }
    }
}
