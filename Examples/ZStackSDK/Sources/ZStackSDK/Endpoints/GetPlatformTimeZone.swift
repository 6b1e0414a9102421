import HTTPTypes

/// GetPlatformTimeZone
///
/// 获取管理节点当前的时区信息
///
/// `GET /zstack/v1/management-nodes/platform-timezone`, synchronous, authorization required.
///
/// Category: mevoco
public nonisolated enum GetPlatformTimeZone {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetPlatformTimeZone",
            method: .get,
            pathTemplate: "/zstack/v1/management-nodes/platform-timezone",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(systemTags: [String]? = nil, userTags: [String]? = nil) {
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
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取管理节点时区信息结果
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// 时区名称
        public let timezone: String?

        /// 与GMT时间的时差
        public let offset: String?

        /// The `success` field.
        public let success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - timezone: 时区名称
        ///   - offset: 与GMT时间的时差
        ///   - success: The `success` field.
        public init(error: ErrorCode? = nil, timezone: String? = nil, offset: String? = nil, success: Bool? = nil) {
            self.error = error
            self.timezone = timezone
            self.offset = offset
            self.success = success
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.timezone = try object.optionalValue(String.self, forKey: "timezone")
            self.offset = try object.optionalValue(String.self, forKey: "offset")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.timezone, forKey: "timezone")
            try object.encodeValue(self.offset, forKey: "offset")
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
            guard ZStackFieldwise.same(lhs.timezone, rhs.timezone) else { return false }
            guard ZStackFieldwise.same(lhs.offset, rhs.offset) else { return false }
            return ZStackFieldwise.same(lhs.success, rhs.success)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetPlatformTimeZone
    ///
    /// 获取管理节点当前的时区信息
    ///
    /// `GET /zstack/v1/management-nodes/platform-timezone`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取管理节点时区信息结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getPlatformTimeZone(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetPlatformTimeZone.Response {
        try await getPlatformTimeZone(
            GetPlatformTimeZone.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetPlatformTimeZone
    ///
    /// 获取管理节点当前的时区信息
    ///
    /// `GET /zstack/v1/management-nodes/platform-timezone`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取管理节点时区信息结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getPlatformTimeZone(
        _ request: GetPlatformTimeZone.Request
    ) async throws -> GetPlatformTimeZone.Response {
        let call = ZStackRequestBuilder(operation: GetPlatformTimeZone.operation)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
