import ZStackSDK

/// The server side of ``GetInterdependentL3NetworksBackupStorages``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/backupStorage-l3networks/dependencies`, synchronous.
nonisolated enum GetInterdependentL3NetworksBackupStoragesServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetInterdependentL3NetworksBackupStorages.operation, bodyWrapper: nil) { call in
            let request = GetInterdependentL3NetworksBackupStorages.Request(
                zoneUuid: try call.required(
                    try call.queryParameter("zoneUuid", as: String.self),
                    .queryParameter("zoneUuid")
                ),
                backupStorageUuid: try call.queryParameter("backupStorageUuid", as: String.self),
                l3NetworkUuids: try call.queryParameters("l3NetworkUuids", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getInterdependentL3NetworksBackupStorages(request) }
        }
    }
}
