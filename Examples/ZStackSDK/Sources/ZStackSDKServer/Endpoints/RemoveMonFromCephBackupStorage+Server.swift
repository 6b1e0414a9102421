import ZStackSDK

/// The server side of ``RemoveMonFromCephBackupStorage``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/backup-storage/ceph/{uuid}/mons`, asynchronous.
nonisolated enum RemoveMonFromCephBackupStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RemoveMonFromCephBackupStorage.operation, bodyWrapper: nil) { call in
            let request = RemoveMonFromCephBackupStorage.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                monHostnames: try call.required(
                    try call.queryParameters("monHostnames", as: String.self),
                    .queryParameter("monHostnames")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.removeMonFromCephBackupStorage(request) }
        }
    }
}
