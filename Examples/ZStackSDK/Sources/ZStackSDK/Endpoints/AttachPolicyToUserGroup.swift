import HTTPTypes

/// AttachPolicyToUserGroup
///
/// 绑定策略到用户组
///
/// 绑定策略到用户组
///
/// `POST /zstack/v1/accounts/groups/{groupUuid}/policies`, asynchronous, authorization required.
///
/// Category: identity
public nonisolated enum AttachPolicyToUserGroup {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AttachPolicyToUserGroup",
        method: .post,
        pathTemplate: "/zstack/v1/accounts/groups/{groupUuid}/policies",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 用户组UUID
        public var groupUuid: String

        /// 权限策略UUID
        public var policyUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - groupUuid: 用户组UUID
        ///   - policyUuid: 权限策略UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(groupUuid: String, policyUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.groupUuid = groupUuid
            self.policyUuid = policyUuid
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
            var policyUuid: String

            init(_ request: Request) {
                self.policyUuid = request.policyUuid
            }

            private enum CodingKeys: String, CodingKey {
                case policyUuid = "policyUuid"
            }
        }
    }

    /// 操作返回结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(success: Bool? = nil, error: ErrorCode? = nil) {
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// AttachPolicyToUserGroup
    ///
    /// 绑定策略到用户组
    ///
    /// 绑定策略到用户组
    ///
    /// `POST /zstack/v1/accounts/groups/{groupUuid}/policies`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - groupUuid: 用户组UUID
    ///   - policyUuid: 权限策略UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachPolicyToUserGroup(
        groupUuid: String,
        policyUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachPolicyToUserGroup.Response {
        try await attachPolicyToUserGroup(
            AttachPolicyToUserGroup.Request(
                groupUuid: groupUuid,
                policyUuid: policyUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AttachPolicyToUserGroup
    ///
    /// 绑定策略到用户组
    ///
    /// 绑定策略到用户组
    ///
    /// `POST /zstack/v1/accounts/groups/{groupUuid}/policies`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachPolicyToUserGroup(
        _ request: AttachPolicyToUserGroup.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachPolicyToUserGroup.Response {
        var call = ZStackRequestBuilder(operation: AttachPolicyToUserGroup.operation)
        call.setPathParameter("groupUuid", to: request.groupUuid)
        call.jsonBody = AttachPolicyToUserGroup.Body(request)
        return try await perform(call, polling: polling)
    }
}
