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
    public struct Request: Sendable, Equatable {
        /// 安全组的UUID，唯一标示该资源
        public let securityGroupUuid: String

        /// 规则的UUID列表
        public let ruleUuids: [String]

        /// 规则的状态
        public let state: ChangeSecurityGroupRuleStateState

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

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
                (lhs.securityGroupUuid, lhs.ruleUuids, lhs.state, lhs.systemTags, lhs.userTags),
                (rhs.securityGroupUuid, rhs.ruleUuids, rhs.state, rhs.systemTags, rhs.userTags)
            )
        }
    }

    /// 安全组（Security Group）清单
    public struct Response: Codable, Sendable, Equatable {
        /// The `inventory` field.
        public let inventory: SecurityGroupInventory?

        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

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

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.inventory = try object.optionalValue(SecurityGroupInventory.self, forKey: "inventory")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.inventory, forKey: "inventory")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
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
            ZStackFieldwise.equal((lhs.inventory, lhs.success, lhs.error), (rhs.inventory, rhs.success, rhs.error))
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
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "changeSecurityGroupRuleState") { wrapped in
                try wrapped.encodeValue(request.ruleUuids, forKey: "ruleUuids")
                try wrapped.encodeValue(request.state, forKey: "state")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
