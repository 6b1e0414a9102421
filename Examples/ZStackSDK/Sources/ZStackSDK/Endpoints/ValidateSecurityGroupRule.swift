import HTTPTypes

/// ValidateSecurityGroupRule
///
/// 检查安全组规则是否可用
///
/// 检查安全组规则是否可用
///
/// `GET /zstack/v1/security-groups/{securityGroupUuid}/rules/validation`, synchronous, authorization required.
///
/// Category: securityGroup
public nonisolated enum ValidateSecurityGroupRule {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ValidateSecurityGroupRule",
        method: .get,
        pathTemplate: "/zstack/v1/security-groups/{securityGroupUuid}/rules/validation",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 安全组的UUID，唯一标示该资源
        public var securityGroupUuid: String

        /// 安全组规则的方向
        public var type: ValidateSecurityGroupRuleTypeValue

        /// 安全组规则的协议类型
        public var `protocol`: ValidateSecurityGroupRuleProtocolValue

        /// 远端安全组的UUID，唯一标示该资源
        public var remoteSecurityGroupUuid: String?

        /// 安全组规则的IP版本
        public var ipVersion: ValidateSecurityGroupRuleIpVersion?

        /// 安全组规则的源ip范围
        public var srcIpRange: String?

        /// 安全组规则的目的ip范围
        public var dstIpRange: String?

        /// 安全组规则的目的端口范围
        public var dstPortRange: String?

        /// 安全组规则的动作
        public var action: ValidateSecurityGroupRuleAction?

        /// 安全组规则的起始端口
        public var startPort: Int?

        /// 安全组规则的结束端口
        public var endPort: Int?

        /// 安全组规则的ip范围
        public var allowedCidr: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - securityGroupUuid: 安全组的UUID，唯一标示该资源
        ///   - type: 安全组规则的方向
        ///   - protocol: 安全组规则的协议类型
        ///   - remoteSecurityGroupUuid: 远端安全组的UUID，唯一标示该资源
        ///   - ipVersion: 安全组规则的IP版本
        ///   - srcIpRange: 安全组规则的源ip范围
        ///   - dstIpRange: 安全组规则的目的ip范围
        ///   - dstPortRange: 安全组规则的目的端口范围
        ///   - action: 安全组规则的动作
        ///   - startPort: 安全组规则的起始端口
        ///   - endPort: 安全组规则的结束端口
        ///   - allowedCidr: 安全组规则的ip范围
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            securityGroupUuid: String,
            type: ValidateSecurityGroupRuleTypeValue,
            protocol: ValidateSecurityGroupRuleProtocolValue,
            remoteSecurityGroupUuid: String? = nil,
            ipVersion: ValidateSecurityGroupRuleIpVersion? = nil,
            srcIpRange: String? = nil,
            dstIpRange: String? = nil,
            dstPortRange: String? = nil,
            action: ValidateSecurityGroupRuleAction? = nil,
            startPort: Int? = nil,
            endPort: Int? = nil,
            allowedCidr: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.securityGroupUuid = securityGroupUuid
            self.type = type
            self.protocol = `protocol`
            self.remoteSecurityGroupUuid = remoteSecurityGroupUuid
            self.ipVersion = ipVersion
            self.srcIpRange = srcIpRange
            self.dstIpRange = dstIpRange
            self.dstPortRange = dstPortRange
            self.action = action
            self.startPort = startPort
            self.endPort = endPort
            self.allowedCidr = allowedCidr
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 安全组规则可用性结果
    public struct Response: Codable, Sendable, Hashable {
        /// 规则是否可用
        public var available: Bool?

        /// 规则检验错误码
        public var code: String?

        /// 原因
        public var reason: String?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - available: 规则是否可用
        ///   - code: 规则检验错误码
        ///   - reason: 原因
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(
            available: Bool? = nil,
            code: String? = nil,
            reason: String? = nil,
            success: Bool? = nil,
            error: ErrorCode? = nil
        ) {
            self.available = available
            self.code = code
            self.reason = reason
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case available = "available"
            case code = "code"
            case reason = "reason"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// ValidateSecurityGroupRule
    ///
    /// 检查安全组规则是否可用
    ///
    /// 检查安全组规则是否可用
    ///
    /// `GET /zstack/v1/security-groups/{securityGroupUuid}/rules/validation`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - securityGroupUuid: 安全组的UUID，唯一标示该资源
    ///   - type: 安全组规则的方向
    ///   - protocol: 安全组规则的协议类型
    ///   - remoteSecurityGroupUuid: 远端安全组的UUID，唯一标示该资源
    ///   - ipVersion: 安全组规则的IP版本
    ///   - srcIpRange: 安全组规则的源ip范围
    ///   - dstIpRange: 安全组规则的目的ip范围
    ///   - dstPortRange: 安全组规则的目的端口范围
    ///   - action: 安全组规则的动作
    ///   - startPort: 安全组规则的起始端口
    ///   - endPort: 安全组规则的结束端口
    ///   - allowedCidr: 安全组规则的ip范围
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 安全组规则可用性结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func validateSecurityGroupRule(
        securityGroupUuid: String,
        type: ValidateSecurityGroupRuleTypeValue,
        protocol: ValidateSecurityGroupRuleProtocolValue,
        remoteSecurityGroupUuid: String? = nil,
        ipVersion: ValidateSecurityGroupRuleIpVersion? = nil,
        srcIpRange: String? = nil,
        dstIpRange: String? = nil,
        dstPortRange: String? = nil,
        action: ValidateSecurityGroupRuleAction? = nil,
        startPort: Int? = nil,
        endPort: Int? = nil,
        allowedCidr: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> ValidateSecurityGroupRule.Response {
        try await validateSecurityGroupRule(
            ValidateSecurityGroupRule.Request(
                securityGroupUuid: securityGroupUuid,
                type: type,
                protocol: `protocol`,
                remoteSecurityGroupUuid: remoteSecurityGroupUuid,
                ipVersion: ipVersion,
                srcIpRange: srcIpRange,
                dstIpRange: dstIpRange,
                dstPortRange: dstPortRange,
                action: action,
                startPort: startPort,
                endPort: endPort,
                allowedCidr: allowedCidr,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// ValidateSecurityGroupRule
    ///
    /// 检查安全组规则是否可用
    ///
    /// 检查安全组规则是否可用
    ///
    /// `GET /zstack/v1/security-groups/{securityGroupUuid}/rules/validation`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组规则可用性结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func validateSecurityGroupRule(
        _ request: ValidateSecurityGroupRule.Request
    ) async throws -> ValidateSecurityGroupRule.Response {
        var call = ZStackRequestBuilder(operation: ValidateSecurityGroupRule.operation)
        call.setPathParameter("securityGroupUuid", to: request.securityGroupUuid)
        call.appendQueryItem("type", value: request.type.rawValue)
        call.appendQueryItem("protocol", value: request.protocol.rawValue)
        call.appendQueryItem("remoteSecurityGroupUuid", value: request.remoteSecurityGroupUuid)
        call.appendQueryItem("ipVersion", value: request.ipVersion?.rawValue)
        call.appendQueryItem("srcIpRange", value: request.srcIpRange)
        call.appendQueryItem("dstIpRange", value: request.dstIpRange)
        call.appendQueryItem("dstPortRange", value: request.dstPortRange)
        call.appendQueryItem("action", value: request.action?.rawValue)
        call.appendQueryItem("startPort", value: request.startPort.map { "\($0)" })
        call.appendQueryItem("endPort", value: request.endPort.map { "\($0)" })
        call.appendQueryItem("allowedCidr", value: request.allowedCidr)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
