import ZStackSDK

/// The server side of ``DetachL3NetworkFromVm``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/vm-instances/nics/{vmNicUuid}`, asynchronous.
nonisolated enum DetachL3NetworkFromVmServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DetachL3NetworkFromVm.operation, bodyWrapper: nil) { call in
            let request = DetachL3NetworkFromVm.Request(
                vmNicUuid: try call.pathParameter("vmNicUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.detachL3NetworkFromVm(request) }
        }
    }
}
