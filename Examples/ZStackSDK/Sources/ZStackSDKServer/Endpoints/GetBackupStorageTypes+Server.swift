import ZStackSDK

/// The server side of ``GetBackupStorageTypes``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/backup-storage/types`, synchronous.
nonisolated enum GetBackupStorageTypesServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetBackupStorageTypes.operation, bodyWrapper: nil) { call in
            let request = GetBackupStorageTypes.Request(
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getBackupStorageTypes(request) }
        }
    }
}
