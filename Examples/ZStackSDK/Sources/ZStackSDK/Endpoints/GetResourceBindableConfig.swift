import HTTPTypes

/// GetResourceBindableConfig
///
/// 罗列可配置的资源高级设置
///
/// `GET /zstack/v1/resource-configurations/bindable`, synchronous, authorization required.
///
/// Category: resourceConfig
public nonisolated enum GetResourceBindableConfig {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetResourceBindableConfig",
            method: .get,
            pathTemplate: "/zstack/v1/resource-configurations/bindable",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 设置类型
        public let category: String?

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - category: 设置类型
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(category: String? = nil, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.category = category
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
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 罗列可配置的资源高级设置的结果
    public final class Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// 可配置的资源高级设置列表
        public let bindableConfigs: [ZStackJSONValue]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - bindableConfigs: 可配置的资源高级设置列表
        public init(success: Bool? = nil, error: ErrorCode? = nil, bindableConfigs: [ZStackJSONValue]? = nil) {
            self.success = success
            self.error = error
            self.bindableConfigs = bindableConfigs
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.bindableConfigs = try object.optionalValue([ZStackJSONValue].self, forKey: "bindableConfigs")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.bindableConfigs, forKey: "bindableConfigs")
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
            return ZStackFieldwise.same(lhs.bindableConfigs, rhs.bindableConfigs)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetResourceBindableConfig
    ///
    /// 罗列可配置的资源高级设置
    ///
    /// `GET /zstack/v1/resource-configurations/bindable`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - category: 设置类型
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    /// - Returns: 罗列可配置的资源高级设置的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getResourceBindableConfig(
        category: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetResourceBindableConfig.Response {
        try await getResourceBindableConfig(
            GetResourceBindableConfig.Request(category: category, systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetResourceBindableConfig
    ///
    /// 罗列可配置的资源高级设置
    ///
    /// `GET /zstack/v1/resource-configurations/bindable`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 罗列可配置的资源高级设置的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getResourceBindableConfig(
        _ request: GetResourceBindableConfig.Request
    ) async throws -> GetResourceBindableConfig.Response {
        let call = ZStackRequestBuilder(operation: GetResourceBindableConfig.operation)
        call.appendQueryItem("category", value: request.category)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
