import ZStackSDK

/// The server side of ``ChangeVmNicSecurityPolicy``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/security-groups/nics/{vmNicUuid}/security-policy/actions`, asynchronous.
nonisolated enum ChangeVmNicSecurityPolicyServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeVmNicSecurityPolicy.operation,
            bodyWrapper: "changeVmNicSecurityPolicy"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = ChangeVmNicSecurityPolicy.Request(
                vmNicUuid: try call.pathParameter("vmNicUuid", as: String.self),
                ingressPolicy: body.wrapped?.ingressPolicy,
                egressPolicy: body.wrapped?.egressPolicy,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.changeVmNicSecurityPolicy(request) }
        }
    }

    /// The JSON body of a request: `{"changeVmNicSecurityPolicy": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "changeVmNicSecurityPolicy"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var ingressPolicy: ChangeVmNicSecurityPolicyIngressPolicy?
            var egressPolicy: ChangeVmNicSecurityPolicyEgressPolicy?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case ingressPolicy = "ingressPolicy"
                case egressPolicy = "egressPolicy"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
