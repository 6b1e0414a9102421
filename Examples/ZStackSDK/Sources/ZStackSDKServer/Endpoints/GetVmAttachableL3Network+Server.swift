import ZStackSDK

/// The server side of ``GetVmAttachableL3Network``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/l3-networks-candidates`, synchronous.
nonisolated enum GetVmAttachableL3NetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVmAttachableL3Network.operation, bodyWrapper: nil) { call in
            let request = GetVmAttachableL3Network.Request(
                vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getVmAttachableL3Network(request) }
        }
    }
}
