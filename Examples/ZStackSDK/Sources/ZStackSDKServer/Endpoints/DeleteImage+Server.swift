import ZStackSDK

/// The server side of ``DeleteImage``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/images/{uuid}`, asynchronous.
nonisolated enum DeleteImageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteImage.operation, bodyWrapper: nil) { call in
            let request = DeleteImage.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                backupStorageUuids: try call.queryParameters("backupStorageUuids", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteImage(request) }
        }
    }
}
