import ZStackSDK

/// The server side of ``GetPrimaryStorageTypes``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/primary-storage/types`, synchronous.
nonisolated enum GetPrimaryStorageTypesServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetPrimaryStorageTypes.operation, bodyWrapper: nil) { call in
            let request = GetPrimaryStorageTypes.Request(
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getPrimaryStorageTypes(request) }
        }
    }
}
