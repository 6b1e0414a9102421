import HTTPTypes

/// AddPolicyStatementsToRole
///
/// 在这里填写API描述
///
/// `POST /zstack/v1/identities/roles/{uuid}/policy-statements`, asynchronous, authorization required.
///
/// Category: rbac
public nonisolated enum AddPolicyStatementsToRole {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddPolicyStatementsToRole",
        method: .post,
        pathTemplate: "/zstack/v1/identities/roles/{uuid}/policy-statements",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// The `statements` field.
        public var statements: [PolicyStatement]

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - statements: The `statements` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            uuid: String,
            statements: [PolicyStatement],
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.statements = statements
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
            var statements: [PolicyStatement]

            init(_ request: Request) {
                self.statements = request.statements
            }

            private enum CodingKeys: String, CodingKey {
                case statements = "statements"
            }
        }
    }

    /// The reply's fields.
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
    /// AddPolicyStatementsToRole
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/identities/roles/{uuid}/policy-statements`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - statements: The `statements` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addPolicyStatementsToRole(
        uuid: String,
        statements: [PolicyStatement],
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddPolicyStatementsToRole.Response {
        try await addPolicyStatementsToRole(
            AddPolicyStatementsToRole.Request(
                uuid: uuid,
                statements: statements,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AddPolicyStatementsToRole
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/identities/roles/{uuid}/policy-statements`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addPolicyStatementsToRole(
        _ request: AddPolicyStatementsToRole.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddPolicyStatementsToRole.Response {
        var call = ZStackRequestBuilder(operation: AddPolicyStatementsToRole.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = AddPolicyStatementsToRole.Body(request)
        return try await perform(call, polling: polling)
    }
}
