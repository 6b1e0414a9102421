import ZStackSDK

/// The server side of ``DeleteReservedIpRange``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/l3-networks/reserved-ip-ranges/{uuid}`, asynchronous.
nonisolated enum DeleteReservedIpRangeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteReservedIpRange.operation, bodyWrapper: nil) { call in
            let request = DeleteReservedIpRange.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteReservedIpRange(request) }
        }
    }
}
