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
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "changeL3NetworkDhcpIpAddress")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let dhcpServerIp: String?
            let dhcpv6ServerIp: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.dhcpServerIp = try object.optionalValue(String.self, forKey: "dhcpServerIp")
                self.dhcpv6ServerIp = try object.optionalValue(String.self, forKey: "dhcpv6ServerIp")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
