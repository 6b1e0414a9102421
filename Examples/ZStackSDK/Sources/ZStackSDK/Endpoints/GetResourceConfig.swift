import HTTPTypes

/// GetResourceConfig
///
/// 获取资源的高级设置
///
/// `GET /zstack/v1/resource-configurations/{resourceUuid}/{category}/{name}`, synchronous, authorization required.
///
/// Category: resourceConfig
public nonisolated enum GetResourceConfig {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetResourceConfig",
            method: .get,
            pathTemplate: "/zstack/v1/resource-configurations/{resourceUuid}/{category}/{name}",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 设置类型
        public let category: String

        /// 设置名称
        public let name: String

        /// 资源UUID
        public let resourceUuid: String

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - category: 设置类型
        ///   - name: 设置名称
        ///   - resourceUuid: 资源UUID
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            category: String,
            name: String,
            resourceUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.category = category
            self.name = name
            self.resourceUuid = resourceUuid
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
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取资源的高级设置的结果
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// 设置的值
        public let value: String?

        /// 生效的设置列表，按优先级从高到低排序
        public let effectiveConfigs: [ResourceConfigInventory]?

        /// The `success` field.
        public let success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - value: 设置的值
        ///   - effectiveConfigs: 生效的设置列表，按优先级从高到低排序
        ///   - success: The `success` field.
        public init(
            error: ErrorCode? = nil,
            value: String? = nil,
            effectiveConfigs: [ResourceConfigInventory]? = nil,
            success: Bool? = nil
        ) {
            self.error = error
            self.value = value
            self.effectiveConfigs = effectiveConfigs
            self.success = success
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.value = try object.optionalValue(String.self, forKey: "value")
            self.effectiveConfigs = try object.optionalValue([ResourceConfigInventory].self, forKey: "effectiveConfigs")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.value, forKey: "value")
            try object.encodeValue(self.effectiveConfigs, forKey: "effectiveConfigs")
            try object.encodeValue(self.success, forKey: "success")
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
            guard ZStackFieldwise.same(lhs.error, rhs.error) else { return false }
            guard ZStackFieldwise.same(lhs.value, rhs.value) else { return false }
            guard ZStackFieldwise.same(lhs.effectiveConfigs, rhs.effectiveConfigs) else { return false }
            return ZStackFieldwise.same(lhs.success, rhs.success)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetResourceConfig
    ///
    /// 获取资源的高级设置
    ///
    /// `GET /zstack/v1/resource-configurations/{resourceUuid}/{category}/{name}`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - category: 设置类型
    ///   - name: 设置名称
    ///   - resourceUuid: 资源UUID
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    /// - Returns: 获取资源的高级设置的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getResourceConfig(
        category: String,
        name: String,
        resourceUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetResourceConfig.Response {
        try await getResourceConfig(
            GetResourceConfig.Request(
                category: category,
                name: name,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetResourceConfig
    ///
    /// 获取资源的高级设置
    ///
    /// `GET /zstack/v1/resource-configurations/{resourceUuid}/{category}/{name}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取资源的高级设置的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getResourceConfig(
        _ request: GetResourceConfig.Request
    ) async throws -> GetResourceConfig.Response {
        let call = ZStackRequestBuilder(operation: GetResourceConfig.operation)
        call.setPathParameter("category", to: request.category)
        call.setPathParameter("name", to: request.name)
        call.setPathParameter("resourceUuid", to: request.resourceUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
