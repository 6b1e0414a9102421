import ZStackSDK

/// The server side of ``AddHostRouteToL3Network``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/hostroute`, asynchronous.
nonisolated enum AddHostRouteToL3NetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddHostRouteToL3Network.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let prefix = try body.wrappedField(String.self, "prefix")
                let nexthop = try body.wrappedField(String.self, "nexthop")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddHostRouteToL3Network.Request(
                    l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                    prefix: try call.required(prefix, .bodyField("params.prefix")),
                    nexthop: try call.required(nexthop, .bodyField("params.nexthop")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addHostRouteToL3Network(request) }
        }
    }
}
