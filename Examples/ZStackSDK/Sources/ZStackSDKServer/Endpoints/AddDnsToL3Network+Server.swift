import ZStackSDK

/// The server side of ``AddDnsToL3Network``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/dns`, asynchronous.
nonisolated enum AddDnsToL3NetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddDnsToL3Network.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let dns = try body.wrappedField(String.self, "dns")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddDnsToL3Network.Request(
                    l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                    dns: try call.required(dns, .bodyField("params.dns")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addDnsToL3Network(request) }
        }
    }
}
