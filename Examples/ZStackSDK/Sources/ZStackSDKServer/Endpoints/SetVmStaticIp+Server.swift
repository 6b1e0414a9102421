import ZStackSDK

/// The server side of ``SetVmStaticIp``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous.
nonisolated enum SetVmStaticIpServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmStaticIp.operation, bodyWrapper: "setVmStaticIp") { call in
            let request = try call.decodeBody(wrapper: "setVmStaticIp") { body in
                let l3NetworkUuid = try body.wrappedField(String.self, "l3NetworkUuid")
                let ip = try body.wrappedField(String.self, "ip")
                let ip6 = try body.wrappedField(String.self, "ip6")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let netmask = try body.wrappedField(String.self, "netmask")
                let gateway = try body.wrappedField(String.self, "gateway")
                let ipv6Gateway = try body.wrappedField(String.self, "ipv6Gateway")
                let ipv6Prefix = try body.wrappedField(String.self, "ipv6Prefix")
                return SetVmStaticIp.Request(
                    vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                    l3NetworkUuid: try call.required(l3NetworkUuid, .bodyField("setVmStaticIp.l3NetworkUuid")),
                    ip: ip,
                    ip6: ip6,
                    systemTags: systemTags,
                    userTags: userTags,
                    netmask: netmask,
                    gateway: gateway,
                    ipv6Gateway: ipv6Gateway,
                    ipv6Prefix: ipv6Prefix
                )
            }
            return { try await handler.setVmStaticIp(request) }
        }
    }
}
