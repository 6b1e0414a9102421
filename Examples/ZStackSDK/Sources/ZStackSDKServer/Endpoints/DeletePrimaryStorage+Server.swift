import ZStackSDK

/// The server side of ``DeletePrimaryStorage``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/primary-storage/{uuid}`, asynchronous.
nonisolated enum DeletePrimaryStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeletePrimaryStorage.operation, bodyWrapper: nil) { call in
            let request = DeletePrimaryStorage.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deletePrimaryStorage(request) }
        }
    }
}
