import HTTPTypes

/// GetElaborationCategories
///
/// 查看错误码目录列表
///
/// 查看错误码目录列表
///
/// `GET /zstack/v1/errorcode/elaborations/categories`, synchronous, authorization required.
///
/// Category: errorcode
public nonisolated enum GetElaborationCategories {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetElaborationCategories",
            method: .get,
            pathTemplate: "/zstack/v1/errorcode/elaborations/categories",
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

    /// 错误码目录查看结果
    public final class Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// 错误码目录列表
        public let categories: [ElaborationCategory]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - categories: 错误码目录列表
        public init(success: Bool? = nil, error: ErrorCode? = nil, categories: [ElaborationCategory]? = nil) {
            self.success = success
            self.error = error
            self.categories = categories
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.categories = try object.optionalValue([ElaborationCategory].self, forKey: "categories")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.categories, forKey: "categories")
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
            return ZStackFieldwise.same(lhs.categories, rhs.categories)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetElaborationCategories
    ///
    /// 查看错误码目录列表
    ///
    /// 查看错误码目录列表
    ///
    /// `GET /zstack/v1/errorcode/elaborations/categories`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 错误码目录查看结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getElaborationCategories(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetElaborationCategories.Response {
        try await getElaborationCategories(
            GetElaborationCategories.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetElaborationCategories
    ///
    /// 查看错误码目录列表
    ///
    /// 查看错误码目录列表
    ///
    /// `GET /zstack/v1/errorcode/elaborations/categories`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 错误码目录查看结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getElaborationCategories(
        _ request: GetElaborationCategories.Request
    ) async throws -> GetElaborationCategories.Response {
        let call = ZStackRequestBuilder(operation: GetElaborationCategories.operation)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
