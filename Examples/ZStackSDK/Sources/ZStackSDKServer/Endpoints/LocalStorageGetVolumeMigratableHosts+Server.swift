import ZStackSDK

/// The server side of ``LocalStorageGetVolumeMigratableHosts``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/volumes/{volumeUuid}/migration-target-hosts`, synchronous.
nonisolated enum LocalStorageGetVolumeMigratableHostsServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: LocalStorageGetVolumeMigratableHosts.operation, bodyWrapper: nil) { call in
            let request = LocalStorageGetVolumeMigratableHosts.Request(
                volumeUuid: try call.pathParameter("volumeUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.localStorageGetVolumeMigratableHosts(request) }
        }
    }
}
