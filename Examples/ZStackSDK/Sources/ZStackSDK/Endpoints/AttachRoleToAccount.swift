import HTTPTypes

/// AttachRoleToAccount
///
/// 在这里填写API描述
///
/// `POST /zstack/v1/identities/accounts/{accountUuid}/roles/{roleUuid}`, asynchronous, authorization required.
///
/// Category: rbac
public nonisolated enum AttachRoleToAccount {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AttachRoleToAccount",
        method: .post,
        pathTemplate: "/zstack/v1/identities/accounts/{accountUuid}/roles/{roleUuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// The `roleUuid` field.
        public let roleUuid: String

        /// 账户UUID
        public let accountUuid: String

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - roleUuid: The `roleUuid` field.
        ///   - accountUuid: 账户UUID
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(roleUuid: String, accountUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.roleUuid = roleUuid
            self.accountUuid = accountUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The reply's fields.
    public struct Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(success: Bool? = nil, error: ErrorCode? = nil) {
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
        }
    }
}

nonisolated extension ZStackClient {
    /// AttachRoleToAccount
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/identities/accounts/{accountUuid}/roles/{roleUuid}`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - roleUuid: The `roleUuid` field.
    ///   - accountUuid: 账户UUID
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachRoleToAccount(
        roleUuid: String,
        accountUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachRoleToAccount.Response {
        try await attachRoleToAccount(
            AttachRoleToAccount.Request(
                roleUuid: roleUuid,
                accountUuid: accountUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AttachRoleToAccount
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/identities/accounts/{accountUuid}/roles/{roleUuid}`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachRoleToAccount(
        _ request: AttachRoleToAccount.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachRoleToAccount.Response {
        var call = ZStackRequestBuilder(operation: AttachRoleToAccount.operation)
        call.setPathParameter("roleUuid", to: request.roleUuid)
        call.setPathParameter("accountUuid", to: request.accountUuid)
        call.jsonBody = ZStackJSONBody { body in
            body.encodeObject(forKey: "params") { _ in }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
