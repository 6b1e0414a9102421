import ZStackSDK

/// The server side of ``DeleteVniRange``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/l2-networks/vxlan-pool/vni-ranges/{uuid}`, asynchronous.
nonisolated enum DeleteVniRangeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteVniRange.operation, bodyWrapper: nil) { call in
            let request = DeleteVniRange.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteVniRange(request) }
        }
    }
}
