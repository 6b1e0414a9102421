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
            let body = try call.decodeBody(Body.self)
            let request = ChangeL3NetworkDhcpIpAddress.Request(
                l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                dhcpServerIp: body.wrapped?.dhcpServerIp,
                dhcpv6ServerIp: body.wrapped?.dhcpv6ServerIp,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.changeL3NetworkDhcpIpAddress(request) }
        }
    }

    /// The JSON body of a request: `{"changeL3NetworkDhcpIpAddress": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "changeL3NetworkDhcpIpAddress"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var dhcpServerIp: String?
            var dhcpv6ServerIp: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case dhcpServerIp = "dhcpServerIp"
                case dhcpv6ServerIp = "dhcpv6ServerIp"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
