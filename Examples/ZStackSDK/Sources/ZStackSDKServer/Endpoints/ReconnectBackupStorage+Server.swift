import ZStackSDK

/// The server side of ``ReconnectBackupStorage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/backup-storage/{uuid}/actions`, asynchronous.
nonisolated enum ReconnectBackupStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ReconnectBackupStorage.operation,
            bodyWrapper: "reconnectBackupStorage"
        ) { call in
            let request = try call.decodeBody(wrapper: "reconnectBackupStorage") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ReconnectBackupStorage.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.reconnectBackupStorage(request) }
        }
    }
}
