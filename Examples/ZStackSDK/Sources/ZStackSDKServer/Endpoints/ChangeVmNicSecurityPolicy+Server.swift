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
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "changeVmNicSecurityPolicy")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let ingressPolicy: ChangeVmNicSecurityPolicyIngressPolicy?
            let egressPolicy: ChangeVmNicSecurityPolicyEgressPolicy?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.ingressPolicy = try object.optionalValue(
                    ChangeVmNicSecurityPolicyIngressPolicy.self,
                    forKey: "ingressPolicy"
                )
                self.egressPolicy = try object.optionalValue(
                    ChangeVmNicSecurityPolicyEgressPolicy.self,
                    forKey: "egressPolicy"
                )
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
