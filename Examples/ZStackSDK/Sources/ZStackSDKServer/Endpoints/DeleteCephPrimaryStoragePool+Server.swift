import ZStackSDK

/// The server side of ``DeleteCephPrimaryStoragePool``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/primary-storage/ceph/pools/{uuid}`, asynchronous.
nonisolated enum DeleteCephPrimaryStoragePoolServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteCephPrimaryStoragePool.operation, bodyWrapper: nil) { call in
            let request = DeleteCephPrimaryStoragePool.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteCephPrimaryStoragePool(request) }
        }
    }
}
