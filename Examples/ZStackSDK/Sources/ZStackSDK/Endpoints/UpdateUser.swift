import HTTPTypes

/// UpdateUser
///
/// 更新用户
///
/// 更新用户
///
/// `PUT /zstack/v1/accounts/users/actions`, asynchronous, authorization required.
///
/// Category: identity
public nonisolated enum UpdateUser {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateUser",
        method: .put,
        pathTemplate: "/zstack/v1/accounts/users/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String?

        /// 密码
        public var password: String?

        /// 用户名称
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
        ///   - name: 用户名称
        ///   - description: 资源的详细描述
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - oldPassword: The `oldPassword` field.
        public init(
            uuid: String? = nil,
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

    /// The JSON body of a request: `{"updateUser": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateUser"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var uuid: String?
            var password: String?
            var name: String?
            var description: String?
            var oldPassword: String?

            init(_ request: Request) {
                self.uuid = request.uuid
                self.password = request.password
                self.name = request.name
                self.description = request.description
                self.oldPassword = request.oldPassword
            }

            private enum CodingKeys: String, CodingKey {
                case uuid = "uuid"
                case password = "password"
                case name = "name"
                case description = "description"
                case oldPassword = "oldPassword"
            }
        }
    }

    /// 用户清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 用户清单
        public var inventory: UserInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 用户清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: UserInventory? = nil) {
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
    /// UpdateUser
    ///
    /// 更新用户
    ///
    /// 更新用户
    ///
    /// `PUT /zstack/v1/accounts/users/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - password: 密码
    ///   - name: 用户名称
    ///   - description: 资源的详细描述
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - oldPassword: The `oldPassword` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 用户清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateUser(
        uuid: String? = nil,
        password: String? = nil,
        name: String? = nil,
        description: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        oldPassword: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateUser.Response {
        try await updateUser(
            UpdateUser.Request(
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

    /// UpdateUser
    ///
    /// 更新用户
    ///
    /// 更新用户
    ///
    /// `PUT /zstack/v1/accounts/users/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 用户清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateUser(
        _ request: UpdateUser.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateUser.Response {
        var call = ZStackRequestBuilder(operation: UpdateUser.operation)
        call.jsonBody = UpdateUser.Body(request)
        return try await perform(call, polling: polling)
    }
}
