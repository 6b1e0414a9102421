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
    public struct Request: Sendable, Equatable {
        /// 安全组UUID
        public let securityGroupUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

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

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, as a synthesized `==` is declared, so that it does not
        /// join the overloads that every `==` in this module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool {
            ZStackFieldwise.equal(
                (lhs.securityGroupUuid, lhs.systemTags, lhs.userTags),
                (rhs.securityGroupUuid, rhs.systemTags, rhs.userTags)
            )
        }
    }

    /// 安全组（Security Group）清单
    public struct Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `inventories` field.
        public let inventories: [VmNicInventory]?

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

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.inventories = try object.optionalValue([VmNicInventory].self, forKey: "inventories")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.inventories, forKey: "inventories")
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, as a synthesized `==` is declared, so that it does not
        /// join the overloads that every `==` in this module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool {
            ZStackFieldwise.equal((lhs.success, lhs.error, lhs.inventories), (rhs.success, rhs.error, rhs.inventories))
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
