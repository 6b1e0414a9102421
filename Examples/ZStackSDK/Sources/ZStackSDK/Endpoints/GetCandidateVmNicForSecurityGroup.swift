import HTTPTypes

/// GetCandidateVmNicForSecurityGroup
///
/// 获取可应用安全组的网卡列表清单
///
/// 获取可应用安全组的网卡列表清单
///
/// `GET /zstack/v1/security-groups/{securityGroupUuid}/vm-instances/candidate-nics`, synchronous, authorization
/// required.
///
/// Category: securityGroup
public nonisolated enum GetCandidateVmNicForSecurityGroup {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetCandidateVmNicForSecurityGroup",
        method: .get,
        pathTemplate: "/zstack/v1/security-groups/{securityGroupUuid}/vm-instances/candidate-nics",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 安全组UUID
        public var securityGroupUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - securityGroupUuid: 安全组UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(securityGroupUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.securityGroupUuid = securityGroupUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 安全组（Security Group）清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventories` field.
        public var inventories: [VmNicInventory]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventories: The `inventories` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventories: [VmNicInventory]? = nil) {
            self.success = success
            self.error = error
            self.inventories = inventories
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventories = "inventories"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetCandidateVmNicForSecurityGroup
    ///
    /// 获取可应用安全组的网卡列表清单
    ///
    /// 获取可应用安全组的网卡列表清单
    ///
    /// `GET /zstack/v1/security-groups/{securityGroupUuid}/vm-instances/candidate-nics`, synchronous, authorization
    /// required.
    ///
    /// - Parameters:
    ///   - securityGroupUuid: 安全组UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateVmNicForSecurityGroup(
        securityGroupUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetCandidateVmNicForSecurityGroup.Response {
        try await getCandidateVmNicForSecurityGroup(
            GetCandidateVmNicForSecurityGroup.Request(
                securityGroupUuid: securityGroupUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetCandidateVmNicForSecurityGroup
    ///
    /// 获取可应用安全组的网卡列表清单
    ///
    /// 获取可应用安全组的网卡列表清单
    ///
    /// `GET /zstack/v1/security-groups/{securityGroupUuid}/vm-instances/candidate-nics`, synchronous, authorization
    /// required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateVmNicForSecurityGroup(
        _ request: GetCandidateVmNicForSecurityGroup.Request
    ) async throws -> GetCandidateVmNicForSecurityGroup.Response {
        var call = ZStackRequestBuilder(operation: GetCandidateVmNicForSecurityGroup.operation)
        call.setPathParameter("securityGroupUuid", to: request.securityGroupUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
