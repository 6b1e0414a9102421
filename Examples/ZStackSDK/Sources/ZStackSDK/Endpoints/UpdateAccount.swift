import HTTPTypes

/// UpdateAccount
///
/// 更新账户
///
/// 更新账户
///
/// `PUT /zstack/v1/accounts/{uuid}`, asynchronous, authorization required.
///
/// Category: identity
public nonisolated enum UpdateAccount {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateAccount",
        method: .put,
        pathTemplate: "/zstack/v1/accounts/{uuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 密码
        public var password: String?

        /// 账户名称
        public var name: String?

        /// 资源的详细描述
        public var description: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// The `oldPassword` field.
        public var oldPassword: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - password: 密码
        ///   - name: 账户名称
        ///   - description: 资源的详细描述
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - oldPassword: The `oldPassword` field.
        public init(
            uuid: String,
            password: String? = nil,
            name: String? = nil,
            description: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            oldPassword: String? = nil
        ) {
            self.uuid = uuid
            self.password = password
            self.name = name
            self.description = description
            self.systemTags = systemTags
            self.userTags = userTags
            self.oldPassword = oldPassword
        }
    }

    /// The JSON body of a request: `{"updateAccount": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateAccount"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var password: String?
            var name: String?
            var description: String?
            var oldPassword: String?

            init(_ request: Request) {
                self.password = request.password
                self.name = request.name
                self.description = request.description
                self.oldPassword = request.oldPassword
            }

            private enum CodingKeys: String, CodingKey {
                case password = "password"
                case name = "name"
                case description = "description"
                case oldPassword = "oldPassword"
            }
        }
    }

    /// 账户清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 账户清单
        public var inventory: AccountInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 账户清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: AccountInventory? = nil) {
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
    /// UpdateAccount
    ///
    /// 更新账户
    ///
    /// 更新账户
    ///
    /// `PUT /zstack/v1/accounts/{uuid}`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - password: 密码
    ///   - name: 账户名称
    ///   - description: 资源的详细描述
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - oldPassword: The `oldPassword` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 账户清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateAccount(
        uuid: String,
        password: String? = nil,
        name: String? = nil,
        description: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        oldPassword: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateAccount.Response {
        try await updateAccount(
            UpdateAccount.Request(
                uuid: uuid,
                password: password,
                name: name,
                description: description,
                systemTags: systemTags,
                userTags: userTags,
                oldPassword: oldPassword
            ),
            polling: polling
        )
    }

    /// UpdateAccount
    ///
    /// 更新账户
    ///
    /// 更新账户
    ///
    /// `PUT /zstack/v1/accounts/{uuid}`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 账户清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateAccount(
        _ request: UpdateAccount.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateAccount.Response {
        var call = ZStackRequestBuilder(operation: UpdateAccount.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UpdateAccount.Body(request)
        return try await perform(call, polling: polling)
    }
}
