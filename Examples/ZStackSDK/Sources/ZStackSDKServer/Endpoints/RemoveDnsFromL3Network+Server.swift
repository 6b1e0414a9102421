import ZStackSDK

/// The server side of ``RemoveDnsFromL3Network``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/l3-networks/{l3NetworkUuid}/dns/{dns}`, asynchronous.
nonisolated enum RemoveDnsFromL3NetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RemoveDnsFromL3Network.operation, bodyWrapper: nil) { call in
            let request = RemoveDnsFromL3Network.Request(
                l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                dns: try call.pathParameter("dns", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.removeDnsFromL3Network(request) }
        }
    }
}
