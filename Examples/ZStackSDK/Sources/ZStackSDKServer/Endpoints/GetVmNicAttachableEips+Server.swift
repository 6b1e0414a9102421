import ZStackSDK

/// The server side of ``GetVmNicAttachableEips``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances/nics/{vmNicUuid}/candidate-eips`, synchronous.
nonisolated enum GetVmNicAttachableEipsServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVmNicAttachableEips.operation, bodyWrapper: nil) { call in
            let request = GetVmNicAttachableEips.Request(
                vmNicUuid: try call.pathParameter("vmNicUuid", as: String.self),
                ipVersion: try call.queryParameter("ipVersion", as: GetVmNicAttachableEipsIpVersion.self),
                limit: try call.queryParameter("limit", as: Int.self),
                start: try call.queryParameter("start", as: Int.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getVmNicAttachableEips(request) }
        }
    }
}
