import ZStackSDK

/// The server side of ``GetPrimaryStorageUsageReport``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/primary-storage/{primaryStorageUuid}/usage/report`, synchronous.
nonisolated enum GetPrimaryStorageUsageReportServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetPrimaryStorageUsageReport.operation, bodyWrapper: nil) { call in
            let request = GetPrimaryStorageUsageReport.Request(
                primaryStorageUuid: try call.pathParameter("primaryStorageUuid", as: String.self),
                uris: try call.queryParameters("uris", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getPrimaryStorageUsageReport(request) }
        }
    }
}
