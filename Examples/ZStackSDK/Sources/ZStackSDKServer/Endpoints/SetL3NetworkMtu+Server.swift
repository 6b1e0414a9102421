import ZStackSDK

/// The server side of ``SetL3NetworkMtu``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/mtu`, asynchronous.
nonisolated enum SetL3NetworkMtuServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetL3NetworkMtu.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let mtu = try body.wrappedField(Int.self, "mtu")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return SetL3NetworkMtu.Request(
                    l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                    mtu: try call.required(mtu, .bodyField("params.mtu")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.setL3NetworkMtu(request) }
        }
    }
}
