import ZStackSDK

/// The server side of ``DeleteVmStaticIp``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/vm-instances/{vmInstanceUuid}/static-ips`, asynchronous.
nonisolated enum DeleteVmStaticIpServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteVmStaticIp.operation, bodyWrapper: nil) { call in
            let request = DeleteVmStaticIp.Request(
                vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                l3NetworkUuid: try call.required(
                    try call.queryParameter("l3NetworkUuid", as: String.self),
                    .queryParameter("l3NetworkUuid")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                staticIp: try call.queryParameter("staticIp", as: String.self)
            )
            return { try await handler.deleteVmStaticIp(request) }
        }
    }
}
