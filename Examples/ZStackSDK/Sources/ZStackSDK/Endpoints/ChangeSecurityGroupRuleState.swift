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
    public static let operation = ZStackOperation(
        id: "ChangeSecurityGroupRuleState",
        method: .put,
        pathTemplate: "/zstack/v1/security-groups/{securityGroupUuid}/rules/state/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 安全组的UUID，唯一标示该资源
        public var securityGroupUuid: String

        /// 规则的UUID列表
        public var ruleUuids: [String]

        /// 规则的状态
        public var state: ChangeSecurityGroupRuleStateState

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

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
    }

    /// The JSON body of a request: `{"changeSecurityGroupRuleState": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "changeSecurityGroupRuleState"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var ruleUuids: [String]
            var state: ChangeSecurityGroupRuleStateState

            init(_ request: Request) {
                self.ruleUuids = request.ruleUuids
                self.state = request.state
            }

            private enum CodingKeys: String, CodingKey {
                case ruleUuids = "ruleUuids"
                case state = "state"
            }
        }
    }

    /// 安全组（Security Group）清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `inventory` field.
        public var inventory: SecurityGroupInventory?

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
        public init(inventory: SecurityGroupInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
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
        var call = ZStackRequestBuilder(operation: ChangeSecurityGroupRuleState.operation)
        call.setPathParameter("securityGroupUuid", to: request.securityGroupUuid)
        call.jsonBody = ChangeSecurityGroupRuleState.Body(request)
        return try await perform(call, polling: polling)
    }
}
