import HTTPTypes

/// RenewSession
///
/// 更新会话
///
/// `PUT /zstack/v1/accounts/sessions/{sessionUuid}/renew`, asynchronous, authorization required.
///
/// Category: identity
public nonisolated enum RenewSession {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "RenewSession",
        method: .put,
        pathTemplate: "/zstack/v1/accounts/sessions/{sessionUuid}/renew",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The `sessionUuid` field.
        public var sessionUuid: String

        /// The `duration` field.
        public var duration: Int64?

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - sessionUuid: The `sessionUuid` field.
        ///   - duration: The `duration` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            sessionUuid: String,
            duration: Int64? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.sessionUuid = sessionUuid
            self.duration = duration
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"renewSession": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "renewSession"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var duration: Int64?

            init(_ request: Request) {
                self.duration = request.duration
            }

            private enum CodingKeys: String, CodingKey {
                case duration = "duration"
            }
        }
    }

    /// 会话清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: SessionInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: SessionInventory? = nil) {
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
    /// RenewSession
    ///
    /// 更新会话
    ///
    /// `PUT /zstack/v1/accounts/sessions/{sessionUuid}/renew`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - sessionUuid: The `sessionUuid` field.
    ///   - duration: The `duration` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 会话清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func renewSession(
        sessionUuid: String,
        duration: Int64? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RenewSession.Response {
        try await renewSession(
            RenewSession.Request(
                sessionUuid: sessionUuid,
                duration: duration,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// RenewSession
    ///
    /// 更新会话
    ///
    /// `PUT /zstack/v1/accounts/sessions/{sessionUuid}/renew`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 会话清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func renewSession(
        _ request: RenewSession.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RenewSession.Response {
        var call = ZStackRequestBuilder(operation: RenewSession.operation)
        call.setPathParameter("sessionUuid", to: request.sessionUuid)
        call.jsonBody = RenewSession.Body(request)
        return try await perform(call, polling: polling)
    }
}
