import HTTPTypes

/// IsOpensourceVersion
///
/// 判断ZStack是否为开源版本。开源版本不带企业版插件
///
/// `GET /zstack/v1/meta-data/opensource`, synchronous, no authorization.
///
/// Category: identity
public nonisolated enum IsOpensourceVersion {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "IsOpensourceVersion",
            method: .get,
            pathTemplate: "/zstack/v1/meta-data/opensource",
            requiresAuthorization: false,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
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

    /// 返回当前ZStack是否为开源版本
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// true：当前为开源版本，不带企业版插件；false:当前为企业版本，带所有插件
        public let opensource: Bool?

        /// The `success` field.
        public let success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - opensource: true：当前为开源版本，不带企业版插件；false:当前为企业版本，带所有插件
        ///   - success: The `success` field.
        public init(error: ErrorCode? = nil, opensource: Bool? = nil, success: Bool? = nil) {
            self.error = error
            self.opensource = opensource
            self.success = success
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.opensource = try object.optionalValue(Bool.self, forKey: "opensource")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.opensource, forKey: "opensource")
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
            guard ZStackFieldwise.same(lhs.opensource, rhs.opensource) else { return false }
            return ZStackFieldwise.same(lhs.success, rhs.success)
        }
    }
}

nonisolated extension ZStackClient {
    /// IsOpensourceVersion
    ///
    /// 判断ZStack是否为开源版本。开源版本不带企业版插件
    ///
    /// `GET /zstack/v1/meta-data/opensource`, synchronous, no authorization.
    ///
    /// - Parameters:
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    /// - Returns: 返回当前ZStack是否为开源版本
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func isOpensourceVersion(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> IsOpensourceVersion.Response {
        try await isOpensourceVersion(
            IsOpensourceVersion.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// IsOpensourceVersion
    ///
    /// 判断ZStack是否为开源版本。开源版本不带企业版插件
    ///
    /// `GET /zstack/v1/meta-data/opensource`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 返回当前ZStack是否为开源版本
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func isOpensourceVersion(
        _ request: IsOpensourceVersion.Request
    ) async throws -> IsOpensourceVersion.Response {
        let call = ZStackRequestBuilder(operation: IsOpensourceVersion.operation)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
