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
    public static let operation = ZStackOperation(
        id: "ChangeSecurityGroupRule",
        method: .put,
        pathTemplate: "/zstack/v1/security-groups/rules/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 安全组规则的UUID，唯一标示该资源
        public var uuid: String

        /// 规则的描述
        public var description: String?

        /// 应用组间策略的远端安全组UUID
        public var remoteSecurityGroupUuid: String?

        /// 规则的默认动作
        public var action: ChangeSecurityGroupRuleAction?

        /// 规则的状态
        public var state: ChangeSecurityGroupRuleStateValue?

        /// 规则的优先级
        public var priority: Int?

        /// 规则的协议类型
        public var `protocol`: ChangeSecurityGroupRuleProtocolValue?

        /// 规则的源方向IP范围
        public var srcIpRange: String?

        /// 规则的目的方向IP范围
        public var dstIpRange: String?

        /// 规则的目的方向端口范围
        public var dstPortRange: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

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
    }

    /// The JSON body of a request: `{"changeSecurityGroupRule": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [String]?
        var userTags: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "changeSecurityGroupRule"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var description: String?
            var remoteSecurityGroupUuid: String?
            var action: ChangeSecurityGroupRuleAction?
            var state: ChangeSecurityGroupRuleStateValue?
            var priority: Int?
            var `protocol`: ChangeSecurityGroupRuleProtocolValue?
            var srcIpRange: String?
            var dstIpRange: String?
            var dstPortRange: String?

            init(_ request: Request) {
                self.description = request.description
                self.remoteSecurityGroupUuid = request.remoteSecurityGroupUuid
                self.action = request.action
                self.state = request.state
                self.priority = request.priority
                self.protocol = request.protocol
                self.srcIpRange = request.srcIpRange
                self.dstIpRange = request.dstIpRange
                self.dstPortRange = request.dstPortRange
            }

            private enum CodingKeys: String, CodingKey {
                case description = "description"
                case remoteSecurityGroupUuid = "remoteSecurityGroupUuid"
                case action = "action"
                case state = "state"
                case priority = "priority"
                case `protocol` = "protocol"
                case srcIpRange = "srcIpRange"
                case dstIpRange = "dstIpRange"
                case dstPortRange = "dstPortRange"
            }
        }
    }

    /// 安全组（Security Group）清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `inventory` field.
        public var inventory: SecurityGroupRuleInventory?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - inventory: The `inventory` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(inventory: SecurityGroupRuleInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.inventory = inventory
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case inventory = "inventory"
            case success = "success"
            case error = "error"
        }
    }
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
        var call = ZStackRequestBuilder(operation: ChangeSecurityGroupRule.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ChangeSecurityGroupRule.Body(request)
        return try await perform(call, polling: polling)
    }
}
