import ZStackSDK

/// The server side of ``RemoveHostRouteFromL3Network``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/l3-networks/{l3NetworkUuid}/hostroute`, asynchronous.
nonisolated enum RemoveHostRouteFromL3NetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RemoveHostRouteFromL3Network.operation, bodyWrapper: nil) { call in
            let request = RemoveHostRouteFromL3Network.Request(
                l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                prefix: try call.required(
                    try call.queryParameter("prefix", as: String.self),
                    .queryParameter("prefix")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.removeHostRouteFromL3Network(request) }
        }
    }
}
