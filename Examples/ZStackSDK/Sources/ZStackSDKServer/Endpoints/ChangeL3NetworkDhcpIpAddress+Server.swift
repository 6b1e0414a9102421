import ZStackSDK

/// The server side of ``ChangeL3NetworkDhcpIpAddress``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/l3-networks/{l3NetworkUuid}/dhcp-ip`, asynchronous.
nonisolated enum ChangeL3NetworkDhcpIpAddressServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeL3NetworkDhcpIpAddress.operation,
            bodyWrapper: "changeL3NetworkDhcpIpAddress"
        ) { call in
            let request = try call.decodeBody(wrapper: "changeL3NetworkDhcpIpAddress") { body in
                let dhcpServerIp = try body.wrappedField(String.self, "dhcpServerIp")
                let dhcpv6ServerIp = try body.wrappedField(String.self, "dhcpv6ServerIp")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeL3NetworkDhcpIpAddress.Request(
                    l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                    dhcpServerIp: dhcpServerIp,
                    dhcpv6ServerIp: dhcpv6ServerIp,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeL3NetworkDhcpIpAddress(request) }
        }
    }
}
