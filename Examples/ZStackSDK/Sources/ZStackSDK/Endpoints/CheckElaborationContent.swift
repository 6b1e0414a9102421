import HTTPTypes

/// CheckElaborationContent
///
/// 检查错误码文件的格式
///
/// 检查错误码文件的格式
///
/// `POST /zstack/v1/errorcode/elaborations/check`, synchronous, authorization required.
///
/// Category: errorcode
public nonisolated enum CheckElaborationContent {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CheckElaborationContent",
        method: .post,
        pathTemplate: "/zstack/v1/errorcode/elaborations/check",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// 要检查的文件内容，可以为一个目录
        public let elaborateFile: String?

        /// 要检查的文件内容，格式为json
        public let elaborateContent: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - elaborateFile: 要检查的文件内容，可以为一个目录
        ///   - elaborateContent: 要检查的文件内容，格式为json
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            elaborateFile: String? = nil,
            elaborateContent: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.elaborateFile = elaborateFile
            self.elaborateContent = elaborateContent
            self.systemTags = systemTags
            self.userTags = userTags
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, as a synthesized `==` is declared, so that it does not
        /// join the overloads that every `==` in this module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool {
            ZStackFieldwise.equal(
                (lhs.elaborateFile, lhs.elaborateContent, lhs.systemTags, lhs.userTags),
                (rhs.elaborateFile, rhs.elaborateContent, rhs.systemTags, rhs.userTags)
            )
        }
    }

    /// 错误码文件检查结果
    public struct Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// 检查结果
        public let results: [ElaborationCheckResult]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - results: 检查结果
        public init(success: Bool? = nil, error: ErrorCode? = nil, results: [ElaborationCheckResult]? = nil) {
            self.success = success
            self.error = error
            self.results = results
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.results = try object.optionalValue([ElaborationCheckResult].self, forKey: "results")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.results, forKey: "results")
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, as a synthesized `==` is declared, so that it does not
        /// join the overloads that every `==` in this module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool {
            ZStackFieldwise.equal((lhs.success, lhs.error, lhs.results), (rhs.success, rhs.error, rhs.results))
        }
    }
}

nonisolated extension ZStackClient {
    /// CheckElaborationContent
    ///
    /// 检查错误码文件的格式
    ///
    /// 检查错误码文件的格式
    ///
    /// `POST /zstack/v1/errorcode/elaborations/check`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - elaborateFile: 要检查的文件内容，可以为一个目录
    ///   - elaborateContent: 要检查的文件内容，格式为json
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 错误码文件检查结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func checkElaborationContent(
        elaborateFile: String? = nil,
        elaborateContent: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> CheckElaborationContent.Response {
        try await checkElaborationContent(
            CheckElaborationContent.Request(
                elaborateFile: elaborateFile,
                elaborateContent: elaborateContent,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// CheckElaborationContent
    ///
    /// 检查错误码文件的格式
    ///
    /// 检查错误码文件的格式
    ///
    /// `POST /zstack/v1/errorcode/elaborations/check`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 错误码文件检查结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func checkElaborationContent(
        _ request: CheckElaborationContent.Request
    ) async throws -> CheckElaborationContent.Response {
        var call = ZStackRequestBuilder(operation: CheckElaborationContent.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.elaborateFile, forKey: "elaborateFile")
                try wrapped.encodeValue(request.elaborateContent, forKey: "elaborateContent")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call)
    }
}
