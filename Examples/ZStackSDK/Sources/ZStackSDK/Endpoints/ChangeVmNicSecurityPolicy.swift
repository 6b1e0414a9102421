import HTTPTypes

/// ChangeVmNicSecurityPolicy
///
/// 更改网卡的默认流量策略
///
/// 更改网卡的安全策略
///
/// `PUT /zstack/v1/security-groups/nics/{vmNicUuid}/security-policy/actions`, asynchronous, authorization required.
///
/// Category: securityGroup
public nonisolated enum ChangeVmNicSecurityPolicy {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "ChangeVmNicSecurityPolicy",
            method: .put,
            pathTemplate: "/zstack/v1/security-groups/nics/{vmNicUuid}/security-policy/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 网卡的UUID，唯一标示该资源
        public let vmNicUuid: String

        /// 网卡入方向安全策略
        public let ingressPolicy: ChangeVmNicSecurityPolicyIngressPolicy?

        /// 网卡出方向安全策略
        public let egressPolicy: ChangeVmNicSecurityPolicyEgressPolicy?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmNicUuid: 网卡的UUID，唯一标示该资源
        ///   - ingressPolicy: 网卡入方向安全策略
        ///   - egressPolicy: 网卡出方向安全策略
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            vmNicUuid: String,
            ingressPolicy: ChangeVmNicSecurityPolicyIngressPolicy? = nil,
            egressPolicy: ChangeVmNicSecurityPolicyEgressPolicy? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.vmNicUuid = vmNicUuid
            self.ingressPolicy = ingressPolicy
            self.egressPolicy = egressPolicy
            self.systemTags = systemTags
            self.userTags = userTags
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.vmNicUuid, rhs.vmNicUuid) else { return false }
            guard ZStackFieldwise.same(lhs.ingressPolicy, rhs.ingressPolicy) else { return false }
            guard ZStackFieldwise.same(lhs.egressPolicy, rhs.egressPolicy) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 安全组（Security Group）清单
    ///
    /// An ``InventoryReply`` of ``VmNicSecurityPolicyInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<VmNicSecurityPolicyInventory>
}

nonisolated extension ZStackClient {
    /// ChangeVmNicSecurityPolicy
    ///
    /// 更改网卡的默认流量策略
    ///
    /// 更改网卡的安全策略
    ///
    /// `PUT /zstack/v1/security-groups/nics/{vmNicUuid}/security-policy/actions`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmNicUuid: 网卡的UUID，唯一标示该资源
    ///   - ingressPolicy: 网卡入方向安全策略
    ///   - egressPolicy: 网卡出方向安全策略
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeVmNicSecurityPolicy(
        vmNicUuid: String,
        ingressPolicy: ChangeVmNicSecurityPolicyIngressPolicy? = nil,
        egressPolicy: ChangeVmNicSecurityPolicyEgressPolicy? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeVmNicSecurityPolicy.Response {
        try await changeVmNicSecurityPolicy(
            ChangeVmNicSecurityPolicy.Request(
                vmNicUuid: vmNicUuid,
                ingressPolicy: ingressPolicy,
                egressPolicy: egressPolicy,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// ChangeVmNicSecurityPolicy
    ///
    /// 更改网卡的默认流量策略
    ///
    /// 更改网卡的安全策略
    ///
    /// `PUT /zstack/v1/security-groups/nics/{vmNicUuid}/security-policy/actions`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeVmNicSecurityPolicy(
        _ request: ChangeVmNicSecurityPolicy.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeVmNicSecurityPolicy.Response {
        let call = ZStackRequestBuilder(operation: ChangeVmNicSecurityPolicy.operation)
        call.setPathParameter("vmNicUuid", to: request.vmNicUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "changeVmNicSecurityPolicy") { wrapped in
                try wrapped.encodeValue(request.ingressPolicy, forKey: "ingressPolicy")
                try wrapped.encodeValue(request.egressPolicy, forKey: "egressPolicy")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
