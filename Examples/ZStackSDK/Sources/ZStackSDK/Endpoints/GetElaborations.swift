import HTTPTypes

/// GetElaborations
///
/// 查看系统错误码
///
/// 查看系统错误码
///
/// `GET /zstack/v1/errorcode/elaborations`, synchronous, authorization required.
///
/// Category: errorcode
public nonisolated enum GetElaborations {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetElaborations",
            method: .get,
            pathTemplate: "/zstack/v1/errorcode/elaborations",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 错误码目录
        public let category: String?

        /// 错误码关键字
        public let regex: String?

        /// 错误代码，与category一起使用
        public let code: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - category: 错误码目录
        ///   - regex: 错误码关键字
        ///   - code: 错误代码，与category一起使用
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            category: String? = nil,
            regex: String? = nil,
            code: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.category = category
            self.regex = regex
            self.code = code
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
            guard ZStackFieldwise.same(lhs.regex, rhs.regex) else { return false }
            guard ZStackFieldwise.same(lhs.code, rhs.code) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 查看错误码内容结果
    public final class Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// 错误码列表内容
        public let contents: [ElaborationContent]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - contents: 错误码列表内容
        public init(success: Bool? = nil, error: ErrorCode? = nil, contents: [ElaborationContent]? = nil) {
            self.success = success
            self.error = error
            self.contents = contents
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.contents = try object.optionalValue([ElaborationContent].self, forKey: "contents")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.contents, forKey: "contents")
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
            return ZStackFieldwise.same(lhs.contents, rhs.contents)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetElaborations
    ///
    /// 查看系统错误码
    ///
    /// 查看系统错误码
    ///
    /// `GET /zstack/v1/errorcode/elaborations`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - category: 错误码目录
    ///   - regex: 错误码关键字
    ///   - code: 错误代码，与category一起使用
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 查看错误码内容结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getElaborations(
        category: String? = nil,
        regex: String? = nil,
        code: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetElaborations.Response {
        try await getElaborations(
            GetElaborations.Request(
                category: category,
                regex: regex,
                code: code,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetElaborations
    ///
    /// 查看系统错误码
    ///
    /// 查看系统错误码
    ///
    /// `GET /zstack/v1/errorcode/elaborations`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查看错误码内容结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getElaborations(
        _ request: GetElaborations.Request
    ) async throws -> GetElaborations.Response {
        let call = ZStackRequestBuilder(operation: GetElaborations.operation)
        call.appendQueryItem("category", value: request.category)
        call.appendQueryItem("regex", value: request.regex)
        call.appendQueryItem("code", value: request.code)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
