import ZStackSDK

/// The server side of ``DetachNetworkServiceFromL3Network``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/l3-networks/{l3NetworkUuid}/network-services`, asynchronous.
nonisolated enum DetachNetworkServiceFromL3NetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DetachNetworkServiceFromL3Network.operation, bodyWrapper: nil) { call in
            let request = DetachNetworkServiceFromL3Network.Request(
                l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                networkServices: try call.queryListMap("networkServices", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self),
                service: try call.queryParameter("service", as: String.self)
            )
            return { try await handler.detachNetworkServiceFromL3Network(request) }
        }
    }
}
