import HTTPTypes

/// ChangeSecurityGroupRuleState
///
/// 更改安全组规则状态
///
/// 更改安全组规则状态
///
/// `PUT /zstack/v1/security-groups/{securityGroupUuid}/rules/state/actions`, asynchronous, authorization required.
///
/// Category: securityGroup
public nonisolated enum ChangeSecurityGroupRuleState {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "ChangeSecurityGroupRuleState",
            method: .put,
            pathTemplate: "/zstack/v1/security-groups/{securityGroupUuid}/rules/state/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 安全组的UUID，唯一标示该资源
        public let securityGroupUuid: String

        /// 规则的UUID列表
        public let ruleUuids: [String]

        /// 规则的状态
        public let state: ChangeSecurityGroupRuleStateState

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - securityGroupUuid: 安全组的UUID，唯一标示该资源
        ///   - ruleUuids: 规则的UUID列表
        ///   - state: 规则的状态
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            securityGroupUuid: String,
            ruleUuids: [String],
            state: ChangeSecurityGroupRuleStateState,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.securityGroupUuid = securityGroupUuid
            self.ruleUuids = ruleUuids
            self.state = state
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
            guard ZStackFieldwise.same(lhs.securityGroupUuid, rhs.securityGroupUuid) else { return false }
            guard ZStackFieldwise.same(lhs.ruleUuids, rhs.ruleUuids) else { return false }
            guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 安全组（Security Group）清单
    ///
    /// An ``InventoryReply`` of ``SecurityGroupInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<SecurityGroupInventory>
}

nonisolated extension ZStackClient {
    /// ChangeSecurityGroupRuleState
    ///
    /// 更改安全组规则状态
    ///
    /// 更改安全组规则状态
    ///
    /// `PUT /zstack/v1/security-groups/{securityGroupUuid}/rules/state/actions`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - securityGroupUuid: 安全组的UUID，唯一标示该资源
    ///   - ruleUuids: 规则的UUID列表
    ///   - state: 规则的状态
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeSecurityGroupRuleState(
        securityGroupUuid: String,
        ruleUuids: [String],
        state: ChangeSecurityGroupRuleStateState,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeSecurityGroupRuleState.Response {
        try await changeSecurityGroupRuleState(
            ChangeSecurityGroupRuleState.Request(
                securityGroupUuid: securityGroupUuid,
                ruleUuids: ruleUuids,
                state: state,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// ChangeSecurityGroupRuleState
    ///
    /// 更改安全组规则状态
    ///
    /// 更改安全组规则状态
    ///
    /// `PUT /zstack/v1/security-groups/{securityGroupUuid}/rules/state/actions`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeSecurityGroupRuleState(
        _ request: ChangeSecurityGroupRuleState.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeSecurityGroupRuleState.Response {
        let call = ZStackRequestBuilder(operation: ChangeSecurityGroupRuleState.operation)
        call.setPathParameter("securityGroupUuid", to: request.securityGroupUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "changeSecurityGroupRuleState") { wrapped in
                try wrapped.encodeValue(request.ruleUuids, forKey: "ruleUuids")
                try wrapped.encodeValue(request.state, forKey: "state")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
