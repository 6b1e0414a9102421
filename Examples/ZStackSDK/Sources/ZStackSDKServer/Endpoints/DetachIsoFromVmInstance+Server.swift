import ZStackSDK

/// The server side of ``DetachIsoFromVmInstance``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/vm-instances/{vmInstanceUuid}/iso`, asynchronous.
nonisolated enum DetachIsoFromVmInstanceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DetachIsoFromVmInstance.operation, bodyWrapper: nil) { call in
            let request = DetachIsoFromVmInstance.Request(
                vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self),
                isoUuid: try call.queryParameter("isoUuid", as: String.self)
            )
            return { try await handler.detachIsoFromVmInstance(request) }
        }
    }
}
