import ZStackSDK

/// The server side of ``GetTrashOnPrimaryStorage``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/primary-storage/trash`, synchronous.
nonisolated enum GetTrashOnPrimaryStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetTrashOnPrimaryStorage.operation, bodyWrapper: nil) { call in
            let request = GetTrashOnPrimaryStorage.Request(
                uuid: try call.required(try call.queryParameter("uuid", as: String.self), .queryParameter("uuid")),
                resourceUuid: try call.queryParameter("resourceUuid", as: String.self),
                resourceType: try call.queryParameter("resourceType", as: String.self),
                trashType: try call.queryParameter("trashType", as: GetTrashOnPrimaryStorageTrashType.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getTrashOnPrimaryStorage(request) }
        }
    }
}
