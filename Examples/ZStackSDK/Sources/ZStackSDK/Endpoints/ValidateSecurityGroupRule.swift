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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "ValidateSecurityGroupRule",
            method: .get,
            pathTemplate: "/zstack/v1/security-groups/{securityGroupUuid}/rules/validation",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 安全组的UUID，唯一标示该资源
        public let securityGroupUuid: String

        /// 安全组规则的方向
        public let type: ValidateSecurityGroupRuleTypeValue

        /// 安全组规则的协议类型
        public let `protocol`: ValidateSecurityGroupRuleProtocolValue

        /// 远端安全组的UUID，唯一标示该资源
        public let remoteSecurityGroupUuid: String?

        /// 安全组规则的IP版本
        public let ipVersion: ValidateSecurityGroupRuleIpVersion?

        /// 安全组规则的源ip范围
        public let srcIpRange: String?

        /// 安全组规则的目的ip范围
        public let dstIpRange: String?

        /// 安全组规则的目的端口范围
        public let dstPortRange: String?

        /// 安全组规则的动作
        public let action: ValidateSecurityGroupRuleAction?

        /// 安全组规则的起始端口
        public let startPort: Int?

        /// 安全组规则的结束端口
        public let endPort: Int?

        /// 安全组规则的ip范围
        public let allowedCidr: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

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
            guard ZStackFieldwise.same(lhs.protocol, rhs.protocol) else { return false }
            guard ZStackFieldwise.same(lhs.remoteSecurityGroupUuid, rhs.remoteSecurityGroupUuid) else { return false }
            guard ZStackFieldwise.same(lhs.ipVersion, rhs.ipVersion) else { return false }
            guard ZStackFieldwise.same(lhs.srcIpRange, rhs.srcIpRange) else { return false }
            guard ZStackFieldwise.same(lhs.dstIpRange, rhs.dstIpRange) else { return false }
            guard ZStackFieldwise.same(lhs.dstPortRange, rhs.dstPortRange) else { return false }
            guard ZStackFieldwise.same(lhs.action, rhs.action) else { return false }
            guard ZStackFieldwise.same(lhs.startPort, rhs.startPort) else { return false }
            guard ZStackFieldwise.same(lhs.endPort, rhs.endPort) else { return false }
            guard ZStackFieldwise.same(lhs.allowedCidr, rhs.allowedCidr) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 安全组规则可用性结果
    public final class Response: Codable, Sendable, Equatable {
        /// 规则是否可用
        public let available: Bool?

        /// 规则检验错误码
        public let code: String?

        /// 原因
        public let reason: String?

        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

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

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.available = try object.optionalValue(Bool.self, forKey: "available")
            self.code = try object.optionalValue(String.self, forKey: "code")
            self.reason = try object.optionalValue(String.self, forKey: "reason")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.available, forKey: "available")
            try object.encodeValue(self.code, forKey: "code")
            try object.encodeValue(self.reason, forKey: "reason")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
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
        public static func fieldsAreEqual(_ lhs: Response, _ rhs: Response) -> Bool {
            guard ZStackFieldwise.same(lhs.available, rhs.available) else { return false }
            guard ZStackFieldwise.same(lhs.code, rhs.code) else { return false }
            guard ZStackFieldwise.same(lhs.reason, rhs.reason) else { return false }
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.error, rhs.error)
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
        let call = ZStackRequestBuilder(operation: ValidateSecurityGroupRule.operation)
        call.setPathParameter("securityGroupUuid", to: request.securityGroupUuid)
        call.appendQueryItem("type", value: request.type.rawValue)
        call.appendQueryItem("protocol", value: request.protocol.rawValue)
        call.appendQueryItem("remoteSecurityGroupUuid", value: request.remoteSecurityGroupUuid)
        call.appendQueryItem("ipVersion", value: request.ipVersion?.rawValue)
        call.appendQueryItem("srcIpRange", value: request.srcIpRange)
        call.appendQueryItem("dstIpRange", value: request.dstIpRange)
        call.appendQueryItem("dstPortRange", value: request.dstPortRange)
        call.appendQueryItem("action", value: request.action?.rawValue)
        call.appendQueryItem("startPort", describing: request.startPort)
        call.appendQueryItem("endPort", describing: request.endPort)
        call.appendQueryItem("allowedCidr", value: request.allowedCidr)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
