import HTTPTypes

/// ChangeSecurityGroupRule
///
/// 更改安全组规则
///
/// 更改安全组规则
///
/// `PUT /zstack/v1/security-groups/rules/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: securityGroup
public nonisolated enum ChangeSecurityGroupRule {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "ChangeSecurityGroupRule",
            method: .put,
            pathTemplate: "/zstack/v1/security-groups/rules/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 安全组规则的UUID，唯一标示该资源
        public let uuid: String

        /// 规则的描述
        public let description: String?

        /// 应用组间策略的远端安全组UUID
        public let remoteSecurityGroupUuid: String?

        /// 规则的默认动作
        public let action: ChangeSecurityGroupRuleAction?

        /// 规则的状态
        public let state: ChangeSecurityGroupRuleStateValue?

        /// 规则的优先级
        public let priority: Int?

        /// 规则的协议类型
        public let `protocol`: ChangeSecurityGroupRuleProtocolValue?

        /// 规则的源方向IP范围
        public let srcIpRange: String?

        /// 规则的目的方向IP范围
        public let dstIpRange: String?

        /// 规则的目的方向端口范围
        public let dstPortRange: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 安全组规则的UUID，唯一标示该资源
        ///   - description: 规则的描述
        ///   - remoteSecurityGroupUuid: 应用组间策略的远端安全组UUID
        ///   - action: 规则的默认动作
        ///   - state: 规则的状态
        ///   - priority: 规则的优先级
        ///   - protocol: 规则的协议类型
        ///   - srcIpRange: 规则的源方向IP范围
        ///   - dstIpRange: 规则的目的方向IP范围
        ///   - dstPortRange: 规则的目的方向端口范围
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            description: String? = nil,
            remoteSecurityGroupUuid: String? = nil,
            action: ChangeSecurityGroupRuleAction? = nil,
            state: ChangeSecurityGroupRuleStateValue? = nil,
            priority: Int? = nil,
            protocol: ChangeSecurityGroupRuleProtocolValue? = nil,
            srcIpRange: String? = nil,
            dstIpRange: String? = nil,
            dstPortRange: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.description = description
            self.remoteSecurityGroupUuid = remoteSecurityGroupUuid
            self.action = action
            self.state = state
            self.priority = priority
            self.protocol = `protocol`
            self.srcIpRange = srcIpRange
            self.dstIpRange = dstIpRange
            self.dstPortRange = dstPortRange
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.remoteSecurityGroupUuid, rhs.remoteSecurityGroupUuid) else { return false }
            guard ZStackFieldwise.same(lhs.action, rhs.action) else { return false }
            guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
            guard ZStackFieldwise.same(lhs.priority, rhs.priority) else { return false }
            guard ZStackFieldwise.same(lhs.protocol, rhs.protocol) else { return false }
            guard ZStackFieldwise.same(lhs.srcIpRange, rhs.srcIpRange) else { return false }
            guard ZStackFieldwise.same(lhs.dstIpRange, rhs.dstIpRange) else { return false }
            guard ZStackFieldwise.same(lhs.dstPortRange, rhs.dstPortRange) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 安全组（Security Group）清单
    ///
    /// An ``InventoryReply`` of ``SecurityGroupRuleInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<SecurityGroupRuleInventory>
}

nonisolated extension ZStackClient {
    /// ChangeSecurityGroupRule
    ///
    /// 更改安全组规则
    ///
    /// 更改安全组规则
    ///
    /// `PUT /zstack/v1/security-groups/rules/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 安全组规则的UUID，唯一标示该资源
    ///   - description: 规则的描述
    ///   - remoteSecurityGroupUuid: 应用组间策略的远端安全组UUID
    ///   - action: 规则的默认动作
    ///   - state: 规则的状态
    ///   - priority: 规则的优先级
    ///   - protocol: 规则的协议类型
    ///   - srcIpRange: 规则的源方向IP范围
    ///   - dstIpRange: 规则的目的方向IP范围
    ///   - dstPortRange: 规则的目的方向端口范围
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeSecurityGroupRule(
        uuid: String,
        description: String? = nil,
        remoteSecurityGroupUuid: String? = nil,
        action: ChangeSecurityGroupRuleAction? = nil,
        state: ChangeSecurityGroupRuleStateValue? = nil,
        priority: Int? = nil,
        protocol: ChangeSecurityGroupRuleProtocolValue? = nil,
        srcIpRange: String? = nil,
        dstIpRange: String? = nil,
        dstPortRange: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeSecurityGroupRule.Response {
        try await changeSecurityGroupRule(
            ChangeSecurityGroupRule.Request(
                uuid: uuid,
                description: description,
                remoteSecurityGroupUuid: remoteSecurityGroupUuid,
                action: action,
                state: state,
                priority: priority,
                protocol: `protocol`,
                srcIpRange: srcIpRange,
                dstIpRange: dstIpRange,
                dstPortRange: dstPortRange,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// ChangeSecurityGroupRule
    ///
    /// 更改安全组规则
    ///
    /// 更改安全组规则
    ///
    /// `PUT /zstack/v1/security-groups/rules/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeSecurityGroupRule(
        _ request: ChangeSecurityGroupRule.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeSecurityGroupRule.Response {
        let call = ZStackRequestBuilder(operation: ChangeSecurityGroupRule.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "changeSecurityGroupRule") { wrapped in
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.remoteSecurityGroupUuid, forKey: "remoteSecurityGroupUuid")
                try wrapped.encodeValue(request.action, forKey: "action")
                try wrapped.encodeValue(request.state, forKey: "state")
                try wrapped.encodeValue(request.priority, forKey: "priority")
                try wrapped.encodeValue(request.protocol, forKey: "protocol")
                try wrapped.encodeValue(request.srcIpRange, forKey: "srcIpRange")
                try wrapped.encodeValue(request.dstIpRange, forKey: "dstIpRange")
                try wrapped.encodeValue(request.dstPortRange, forKey: "dstPortRange")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
