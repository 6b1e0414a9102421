import HTTPTypes

/// GetHostWebSshUrl
///
/// 获取物理机网页终端链接
///
/// 获取一台物理机网页终端链接
///
/// `POST /zstack/v1/hosts/webssh`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum GetHostWebSshUrl {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetHostWebSshUrl",
            method: .post,
            pathTemplate: "/zstack/v1/hosts/webssh",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// 用户名
        public let userName: String

        /// 密码
        public let password: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 是否是HTTPS
        public let https: Bool?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - userName: 用户名
        ///   - password: 密码
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - https: 是否是HTTPS
        public init(
            uuid: String,
            userName: String,
            password: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            https: Bool? = nil
        ) {
            self.uuid = uuid
            self.userName = userName
            self.password = password
            self.systemTags = systemTags
            self.userTags = userTags
            self.https = https
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
            guard ZStackFieldwise.same(lhs.userName, rhs.userName) else { return false }
            guard ZStackFieldwise.same(lhs.password, rhs.password) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.https, rhs.https)
        }
    }

    /// 获取一台物理机网页终端链接消息回复
    public final class Response: Codable, Sendable, Equatable {
        /// 物理机网页终端链接
        public let url: String?

        /// 是否成功
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - url: 物理机网页终端链接
        ///   - success: 是否成功
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(url: String? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.url = url
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.url = try object.optionalValue(String.self, forKey: "url")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.url, forKey: "url")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
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
        public static func fieldsAreEqual(_ lhs: Response, _ rhs: Response) -> Bool {
            guard ZStackFieldwise.same(lhs.url, rhs.url) else { return false }
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.error, rhs.error)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetHostWebSshUrl
    ///
    /// 获取物理机网页终端链接
    ///
    /// 获取一台物理机网页终端链接
    ///
    /// `POST /zstack/v1/hosts/webssh`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - userName: 用户名
    ///   - password: 密码
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - https: 是否是HTTPS
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 获取一台物理机网页终端链接消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func getHostWebSshUrl(
        uuid: String,
        userName: String,
        password: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        https: Bool? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> GetHostWebSshUrl.Response {
        try await getHostWebSshUrl(
            GetHostWebSshUrl.Request(
                uuid: uuid,
                userName: userName,
                password: password,
                systemTags: systemTags,
                userTags: userTags,
                https: https
            ),
            polling: polling
        )
    }

    /// GetHostWebSshUrl
    ///
    /// 获取物理机网页终端链接
    ///
    /// 获取一台物理机网页终端链接
    ///
    /// `POST /zstack/v1/hosts/webssh`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 获取一台物理机网页终端链接消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func getHostWebSshUrl(
        _ request: GetHostWebSshUrl.Request,
        polling: ZStackPolling? = nil
    ) async throws -> GetHostWebSshUrl.Response {
        let call = ZStackRequestBuilder(operation: GetHostWebSshUrl.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.uuid, forKey: "uuid")
                try wrapped.encodeValue(request.https, forKey: "https")
                try wrapped.encodeValue(request.userName, forKey: "userName")
                try wrapped.encodeValue(request.password, forKey: "password")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
