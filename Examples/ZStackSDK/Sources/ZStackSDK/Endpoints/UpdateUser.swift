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
    public struct Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String?

        /// 密码
        public let password: String?

        /// 用户名称
        public let name: String?

        /// 资源的详细描述
        public let description: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `oldPassword` field.
        public let oldPassword: String?

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

    /// 用户清单
    public struct Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// 用户清单
        public let inventory: UserInventory?

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

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.inventory = try object.optionalValue(UserInventory.self, forKey: "inventory")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.inventory, forKey: "inventory")
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
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateUser") { wrapped in
                try wrapped.encodeValue(request.uuid, forKey: "uuid")
                try wrapped.encodeValue(request.password, forKey: "password")
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.oldPassword, forKey: "oldPassword")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
