import HTTPTypes

/// GetResourceConfigs
///
/// 查询多个资源级配置
///
/// `GET /zstack/v1/resource-configurations/{resourceUuid}/{category}`, synchronous, authorization required.
///
/// Category: resourceConfig
public nonisolated enum GetResourceConfigs {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetResourceConfigs",
            method: .get,
            pathTemplate: "/zstack/v1/resource-configurations/{resourceUuid}/{category}",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 需要查询的资源级配置的category
        public let category: String

        /// 资源UUID
        public let resourceUuid: String

        /// 需要查询的资源级配置的名称
        public let names: [String]

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - category: 需要查询的资源级配置的category
        ///   - resourceUuid: 资源UUID
        ///   - names: 需要查询的资源级配置的名称
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            category: String,
            resourceUuid: String,
            names: [String],
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.category = category
            self.resourceUuid = resourceUuid
            self.names = names
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
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.names, rhs.names) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 查询多个资源级配置的返回
    public final class Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `configs` field.
        public let configs: [ResourceConfigStruct]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - configs: The `configs` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, configs: [ResourceConfigStruct]? = nil) {
            self.success = success
            self.error = error
            self.configs = configs
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.configs = try object.optionalValue([ResourceConfigStruct].self, forKey: "configs")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.configs, forKey: "configs")
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
            return ZStackFieldwise.same(lhs.configs, rhs.configs)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetResourceConfigs
    ///
    /// 查询多个资源级配置
    ///
    /// `GET /zstack/v1/resource-configurations/{resourceUuid}/{category}`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - category: 需要查询的资源级配置的category
    ///   - resourceUuid: 资源UUID
    ///   - names: 需要查询的资源级配置的名称
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 查询多个资源级配置的返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getResourceConfigs(
        category: String,
        resourceUuid: String,
        names: [String],
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetResourceConfigs.Response {
        try await getResourceConfigs(
            GetResourceConfigs.Request(
                category: category,
                resourceUuid: resourceUuid,
                names: names,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetResourceConfigs
    ///
    /// 查询多个资源级配置
    ///
    /// `GET /zstack/v1/resource-configurations/{resourceUuid}/{category}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询多个资源级配置的返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getResourceConfigs(
        _ request: GetResourceConfigs.Request
    ) async throws -> GetResourceConfigs.Response {
        let call = ZStackRequestBuilder(operation: GetResourceConfigs.operation)
        call.setPathParameter("category", to: request.category)
        call.setPathParameter("resourceUuid", to: request.resourceUuid)
        call.appendQueryItems("names", values: request.names)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
