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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateUser",
            method: .put,
            pathTemplate: "/zstack/v1/accounts/users/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
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

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.password, rhs.password) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.oldPassword, rhs.oldPassword)
        }
    }

    /// 用户清单
    ///
    /// An ``InventoryReply`` of ``UserInventory``: the replies that differ only in that type share one generic type.
    ///
    /// - `inventory`: 用户清单
    public typealias Response = InventoryReply<UserInventory>
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
        let call = ZStackRequestBuilder(operation: UpdateUser.operation)
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
