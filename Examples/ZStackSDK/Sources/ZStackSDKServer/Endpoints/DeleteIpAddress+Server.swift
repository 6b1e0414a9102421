import ZStackSDK

/// The server side of ``DeleteIpAddress``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/l3-networks/{l3NetworkUuid}/ip-address`, asynchronous.
nonisolated enum DeleteIpAddressServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteIpAddress.operation, bodyWrapper: nil) { call in
            let request = DeleteIpAddress.Request(
                l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                usedIpUuids: try call.required(
                    try call.queryParameters("usedIpUuids", as: String.self),
                    .queryParameter("usedIpUuids")
                ),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteIpAddress(request) }
        }
    }
}
