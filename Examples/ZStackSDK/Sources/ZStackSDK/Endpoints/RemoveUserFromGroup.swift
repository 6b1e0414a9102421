import HTTPTypes

/// RemoveUserFromGroup
///
/// 从用户组中移除用户
///
/// 从用户组中移除用户
///
/// `DELETE /zstack/v1/accounts/groups/{groupUuid}/users/{userUuid}`, asynchronous, authorization required.
///
/// Category: identity
public nonisolated enum RemoveUserFromGroup {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "RemoveUserFromGroup",
        method: .delete,
        pathTemplate: "/zstack/v1/accounts/groups/{groupUuid}/users/{userUuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// 用户UUID
        public let userUuid: String

        /// 用户组UUID
        public let groupUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - userUuid: 用户UUID
        ///   - groupUuid: 用户组UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(userUuid: String, groupUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.userUuid = userUuid
            self.groupUuid = groupUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 操作返回结果
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
    /// RemoveUserFromGroup
    ///
    /// 从用户组中移除用户
    ///
    /// 从用户组中移除用户
    ///
    /// `DELETE /zstack/v1/accounts/groups/{groupUuid}/users/{userUuid}`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - userUuid: 用户UUID
    ///   - groupUuid: 用户组UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeUserFromGroup(
        userUuid: String,
        groupUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveUserFromGroup.Response {
        try await removeUserFromGroup(
            RemoveUserFromGroup.Request(
                userUuid: userUuid,
                groupUuid: groupUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// RemoveUserFromGroup
    ///
    /// 从用户组中移除用户
    ///
    /// 从用户组中移除用户
    ///
    /// `DELETE /zstack/v1/accounts/groups/{groupUuid}/users/{userUuid}`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeUserFromGroup(
        _ request: RemoveUserFromGroup.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveUserFromGroup.Response {
        var call = ZStackRequestBuilder(operation: RemoveUserFromGroup.operation)
        call.setPathParameter("userUuid", to: request.userUuid)
        call.setPathParameter("groupUuid", to: request.groupUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
