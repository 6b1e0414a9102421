import ZStackSDK

/// The server side of ``SetVmStaticIp``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous.
nonisolated enum SetVmStaticIpServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmStaticIp.operation, bodyWrapper: "setVmStaticIp") { call in
            let body = try call.decodeBody(Body.self)
            let request = SetVmStaticIp.Request(
                vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                l3NetworkUuid: try call.required(
                    body.wrapped?.l3NetworkUuid,
                    .bodyField("setVmStaticIp.l3NetworkUuid")
                ),
                ip: body.wrapped?.ip,
                ip6: body.wrapped?.ip6,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                netmask: body.wrapped?.netmask,
                gateway: body.wrapped?.gateway,
                ipv6Gateway: body.wrapped?.ipv6Gateway,
                ipv6Prefix: body.wrapped?.ipv6Prefix
            )
            return { try await handler.setVmStaticIp(request) }
        }
    }

    /// The JSON body of a request: `{"setVmStaticIp": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "setVmStaticIp")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let l3NetworkUuid: String?
            let ip: String?
            let ip6: String?
            let systemTags: [String]?
            let userTags: [String]?
            let netmask: String?
            let gateway: String?
            let ipv6Gateway: String?
            let ipv6Prefix: String?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.l3NetworkUuid = try object.optionalValue(String.self, forKey: "l3NetworkUuid")
                self.ip = try object.optionalValue(String.self, forKey: "ip")
                self.ip6 = try object.optionalValue(String.self, forKey: "ip6")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.netmask = try object.optionalValue(String.self, forKey: "netmask")
                self.gateway = try object.optionalValue(String.self, forKey: "gateway")
                self.ipv6Gateway = try object.optionalValue(String.self, forKey: "ipv6Gateway")
                self.ipv6Prefix = try object.optionalValue(String.self, forKey: "ipv6Prefix")
            }
        }
    }
}
