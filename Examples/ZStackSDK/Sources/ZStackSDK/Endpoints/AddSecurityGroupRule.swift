import HTTPTypes

/// AddSecurityGroupRule
///
/// 用户可以使用AddSecurityGroupRule添加规则到安全组
///
/// 用户可以使用AddSecurityGroupRule添加规则到安全组
///
/// `POST /zstack/v1/security-groups/{securityGroupUuid}/rules`, asynchronous, authorization required.
///
/// Category: securityGroup
public nonisolated enum AddSecurityGroupRule {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddSecurityGroupRule",
            method: .post,
            pathTemplate: "/zstack/v1/security-groups/{securityGroupUuid}/rules",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 安全组UUID
        public let securityGroupUuid: String

        /// 安全组中的规则
        public let rules: [ZStackJSONValue]

        /// 应用组间策略的远端安全组UUID
        public let remoteSecurityGroupUuids: [String]?

        /// 规则优先级
        public let priority: Int?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - securityGroupUuid: 安全组UUID
        ///   - rules: 安全组中的规则
        ///   - remoteSecurityGroupUuids: 应用组间策略的远端安全组UUID
        ///   - priority: 规则优先级
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            securityGroupUuid: String,
            rules: [ZStackJSONValue],
            remoteSecurityGroupUuids: [String]? = nil,
            priority: Int? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.securityGroupUuid = securityGroupUuid
            self.rules = rules
            self.remoteSecurityGroupUuids = remoteSecurityGroupUuids
            self.priority = priority
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
            guard ZStackFieldwise.same(lhs.rules, rhs.rules) else { return false }
            guard ZStackFieldwise.same(lhs.remoteSecurityGroupUuids, rhs.remoteSecurityGroupUuids) else { return false }
            guard ZStackFieldwise.same(lhs.priority, rhs.priority) else { return false }
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
    /// AddSecurityGroupRule
    ///
    /// 用户可以使用AddSecurityGroupRule添加规则到安全组
    ///
    /// 用户可以使用AddSecurityGroupRule添加规则到安全组
    ///
    /// `POST /zstack/v1/security-groups/{securityGroupUuid}/rules`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - securityGroupUuid: 安全组UUID
    ///   - rules: 安全组中的规则
    ///   - remoteSecurityGroupUuids: 应用组间策略的远端安全组UUID
    ///   - priority: 规则优先级
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addSecurityGroupRule(
        securityGroupUuid: String,
        rules: [ZStackJSONValue],
        remoteSecurityGroupUuids: [String]? = nil,
        priority: Int? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddSecurityGroupRule.Response {
        try await addSecurityGroupRule(
            AddSecurityGroupRule.Request(
                securityGroupUuid: securityGroupUuid,
                rules: rules,
                remoteSecurityGroupUuids: remoteSecurityGroupUuids,
                priority: priority,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AddSecurityGroupRule
    ///
    /// 用户可以使用AddSecurityGroupRule添加规则到安全组
    ///
    /// 用户可以使用AddSecurityGroupRule添加规则到安全组
    ///
    /// `POST /zstack/v1/security-groups/{securityGroupUuid}/rules`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addSecurityGroupRule(
        _ request: AddSecurityGroupRule.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddSecurityGroupRule.Response {
        let call = ZStackRequestBuilder(operation: AddSecurityGroupRule.operation)
        call.setPathParameter("securityGroupUuid", to: request.securityGroupUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.rules, forKey: "rules")
                try wrapped.encodeValue(request.remoteSecurityGroupUuids, forKey: "remoteSecurityGroupUuids")
                try wrapped.encodeValue(request.priority, forKey: "priority")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
