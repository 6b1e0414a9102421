import ZStackSDK

/// The server side of ``GetEipAttachableVmNics``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/eips/{eipUuid}/vm-instances/candidate-nics`, synchronous.
nonisolated enum GetEipAttachableVmNicsServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetEipAttachableVmNics.operation, bodyWrapper: nil) { call in
            let request = GetEipAttachableVmNics.Request(
                eipUuid: try call.pathParameter("eipUuid", as: String.self),
                vipUuid: try call.queryParameter("vipUuid", as: String.self),
                vmUuid: try call.queryParameter("vmUuid", as: String.self),
                vmName: try call.queryParameter("vmName", as: String.self),
                limit: try call.queryParameter("limit", as: Int.self),
                start: try call.queryParameter("start", as: Int.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self),
                networkServiceProvider: try call.queryParameter("networkServiceProvider", as: String.self),
                attachedToVm: try call.queryParameter("attachedToVm", as: Bool.self)
            )
            return { try await handler.getEipAttachableVmNics(request) }
        }
    }
}
