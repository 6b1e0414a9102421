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
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "setVmStaticIp"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var l3NetworkUuid: String?
            var ip: String?
            var ip6: String?
            var systemTags: [String]?
            var userTags: [String]?
            var netmask: String?
            var gateway: String?
            var ipv6Gateway: String?
            var ipv6Prefix: String?

            private enum CodingKeys: String, CodingKey {
                case l3NetworkUuid = "l3NetworkUuid"
                case ip = "ip"
                case ip6 = "ip6"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case netmask = "netmask"
                case gateway = "gateway"
                case ipv6Gateway = "ipv6Gateway"
                case ipv6Prefix = "ipv6Prefix"
            }
        }
    }
}
