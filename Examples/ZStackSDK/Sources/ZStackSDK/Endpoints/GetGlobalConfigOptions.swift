import HTTPTypes

/// GetGlobalConfigOptions
///
/// 获取全局配置参数选项
///
/// `GET /zstack/v1/global-configurations/{category}/{name}`, synchronous, authorization required.
///
/// Category: globalConfig
public nonisolated enum GetGlobalConfigOptions {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetGlobalConfigOptions",
            method: .get,
            pathTemplate: "/zstack/v1/global-configurations/{category}/{name}",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `category` field.
        public let category: String

        /// 资源名称
        public let name: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - category: The `category` field.
        ///   - name: 资源名称
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(category: String, name: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.category = category
            self.name = name
            self.systemTags = systemTags
            self.userTags = userTags
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
            guard ZStackFieldwise.same(lhs.category, rhs.category) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取全局配置可用值
    public final class Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `options` field.
        public let options: GlobalConfigOptions?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - options: The `options` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, options: GlobalConfigOptions? = nil) {
            self.success = success
            self.error = error
            self.options = options
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.options = try object.optionalValue(GlobalConfigOptions.self, forKey: "options")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.options, forKey: "options")
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
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            guard ZStackFieldwise.same(lhs.error, rhs.error) else { return false }
            return ZStackFieldwise.same(lhs.options, rhs.options)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetGlobalConfigOptions
    ///
    /// 获取全局配置参数选项
    ///
    /// `GET /zstack/v1/global-configurations/{category}/{name}`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - category: The `category` field.
    ///   - name: 资源名称
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取全局配置可用值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getGlobalConfigOptions(
        category: String,
        name: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetGlobalConfigOptions.Response {
        try await getGlobalConfigOptions(
            GetGlobalConfigOptions.Request(category: category, name: name, systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetGlobalConfigOptions
    ///
    /// 获取全局配置参数选项
    ///
    /// `GET /zstack/v1/global-configurations/{category}/{name}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取全局配置可用值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getGlobalConfigOptions(
        _ request: GetGlobalConfigOptions.Request
    ) async throws -> GetGlobalConfigOptions.Response {
        let call = ZStackRequestBuilder(operation: GetGlobalConfigOptions.operation)
        call.setPathParameter("category", to: request.category)
        call.setPathParameter("name", to: request.name)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
