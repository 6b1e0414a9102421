import ZStackSDK

/// The server side of ``DeleteIpRange``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/l3-networks/ip-ranges/{uuid}`, asynchronous.
nonisolated enum DeleteIpRangeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteIpRange.operation, bodyWrapper: nil) { call in
            let request = DeleteIpRange.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteIpRange(request) }
        }
    }
}
