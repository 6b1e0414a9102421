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
    public static let operation = ZStackOperation(
        id: "AddSecurityGroupRule",
        method: .post,
        pathTemplate: "/zstack/v1/security-groups/{securityGroupUuid}/rules",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 安全组UUID
        public var securityGroupUuid: String

        /// 安全组中的规则
        public var rules: [ZStackJSONValue]

        /// 应用组间策略的远端安全组UUID
        public var remoteSecurityGroupUuids: [String]?

        /// 规则优先级
        public var priority: Int?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

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
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var rules: [ZStackJSONValue]
            var remoteSecurityGroupUuids: [String]?
            var priority: Int?

            init(_ request: Request) {
                self.rules = request.rules
                self.remoteSecurityGroupUuids = request.remoteSecurityGroupUuids
                self.priority = request.priority
            }

            private enum CodingKeys: String, CodingKey {
                case rules = "rules"
                case remoteSecurityGroupUuids = "remoteSecurityGroupUuids"
                case priority = "priority"
            }
        }
    }

    /// 安全组（Security Group）清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: SecurityGroupInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: SecurityGroupInventory? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventory = "inventory"
        }
    }
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
        var call = ZStackRequestBuilder(operation: AddSecurityGroupRule.operation)
        call.setPathParameter("securityGroupUuid", to: request.securityGroupUuid)
        call.jsonBody = AddSecurityGroupRule.Body(request)
        return try await perform(call, polling: polling)
    }
}
