import ZStackSDK

/// The server side of ``DetachNetworkServiceFromL3NetworkByService``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/l3-networks/{l3NetworkUuid}/network-services/{service}`, asynchronous.
nonisolated enum DetachNetworkServiceFromL3NetworkByServiceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: DetachNetworkServiceFromL3NetworkByService.operation,
            bodyWrapper: nil
        ) { call in
            let request = DetachNetworkServiceFromL3NetworkByService.Request(
                l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                service: try call.pathParameter("service", as: String.self),
                networkServices: try call.queryListMap("networkServices", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.detachNetworkServiceFromL3NetworkByService(request) }
        }
    }
}
