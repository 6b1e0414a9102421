import ZStackSDK

/// The server side of ``GetPrimaryStorageLicenseInfo``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/primary-storage/{uuid}/license`, synchronous.
nonisolated enum GetPrimaryStorageLicenseInfoServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetPrimaryStorageLicenseInfo.operation, bodyWrapper: nil) { call in
            let request = GetPrimaryStorageLicenseInfo.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getPrimaryStorageLicenseInfo(request) }
        }
    }
}
