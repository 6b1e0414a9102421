import ZStackSDK

/// The server side of ``DeleteDirectory``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/delete/directory`, asynchronous.
nonisolated enum DeleteDirectoryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteDirectory.operation, bodyWrapper: nil) { call in
            let request = DeleteDirectory.Request(
                uuid: try call.required(try call.queryParameter("uuid", as: String.self), .queryParameter("uuid")),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteDirectory(request) }
        }
    }
}
