import HTTPTypes

/// UpdateSecurityGroupRulePriority
///
/// 更新安全组规则的优先级
///
/// 更新安全组规则的优先级
///
/// `PUT /zstack/v1/security-groups/{securityGroupUuid}/rules/priority/actions`, asynchronous, authorization required.
///
/// Category: securityGroup
public nonisolated enum UpdateSecurityGroupRulePriority {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateSecurityGroupRulePriority",
            method: .put,
            pathTemplate: "/zstack/v1/security-groups/{securityGroupUuid}/rules/priority/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 安全组的UUID，唯一标示该资源
        public let securityGroupUuid: String

        /// 规则的类型
        public let type: UpdateSecurityGroupRulePriorityTypeValue

        /// 规则的优先级
        public let rules: [ZStackJSONValue]

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - securityGroupUuid: 安全组的UUID，唯一标示该资源
        ///   - type: 规则的类型
        ///   - rules: 规则的优先级
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            securityGroupUuid: String,
            type: UpdateSecurityGroupRulePriorityTypeValue,
            rules: [ZStackJSONValue],
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.securityGroupUuid = securityGroupUuid
            self.type = type
            self.rules = rules
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
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.rules, rhs.rules) else { return false }
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
    /// UpdateSecurityGroupRulePriority
    ///
    /// 更新安全组规则的优先级
    ///
    /// 更新安全组规则的优先级
    ///
    /// `PUT /zstack/v1/security-groups/{securityGroupUuid}/rules/priority/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - securityGroupUuid: 安全组的UUID，唯一标示该资源
    ///   - type: 规则的类型
    ///   - rules: 规则的优先级
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateSecurityGroupRulePriority(
        securityGroupUuid: String,
        type: UpdateSecurityGroupRulePriorityTypeValue,
        rules: [ZStackJSONValue],
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateSecurityGroupRulePriority.Response {
        try await updateSecurityGroupRulePriority(
            UpdateSecurityGroupRulePriority.Request(
                securityGroupUuid: securityGroupUuid,
                type: type,
                rules: rules,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateSecurityGroupRulePriority
    ///
    /// 更新安全组规则的优先级
    ///
    /// 更新安全组规则的优先级
    ///
    /// `PUT /zstack/v1/security-groups/{securityGroupUuid}/rules/priority/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateSecurityGroupRulePriority(
        _ request: UpdateSecurityGroupRulePriority.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateSecurityGroupRulePriority.Response {
        let call = ZStackRequestBuilder(operation: UpdateSecurityGroupRulePriority.operation)
        call.setPathParameter("securityGroupUuid", to: request.securityGroupUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateSecurityGroupRulePriority") { wrapped in
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.rules, forKey: "rules")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
