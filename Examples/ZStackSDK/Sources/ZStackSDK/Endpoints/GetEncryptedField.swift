import HTTPTypes

/// GetEncryptedField
///
/// 获取加密字段
///
/// `GET /zstack/v1/encrypted/fields`, synchronous, authorization required.
///
/// Category: crypto
public nonisolated enum GetEncryptedField {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetEncryptedField",
            method: .get,
            pathTemplate: "/zstack/v1/encrypted/fields",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 加密字段类型
        public let encryptedType: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - encryptedType: 加密字段类型
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(encryptedType: String? = nil, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.encryptedType = encryptedType
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
            guard ZStackFieldwise.same(lhs.encryptedType, rhs.encryptedType) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 加密字段返回
    public final class Response: Codable, Sendable, Equatable {
        /// 所有加密字段列表，列表中每个项是jsonString格式
        public let encryptedFields: [String]?

        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - encryptedFields: 所有加密字段列表，列表中每个项是jsonString格式
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(encryptedFields: [String]? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.encryptedFields = encryptedFields
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.encryptedFields = try object.optionalValue([String].self, forKey: "encryptedFields")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.encryptedFields, forKey: "encryptedFields")
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
            guard ZStackFieldwise.same(lhs.encryptedFields, rhs.encryptedFields) else { return false }
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.error, rhs.error)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetEncryptedField
    ///
    /// 获取加密字段
    ///
    /// `GET /zstack/v1/encrypted/fields`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - encryptedType: 加密字段类型
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 加密字段返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getEncryptedField(
        encryptedType: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetEncryptedField.Response {
        try await getEncryptedField(
            GetEncryptedField.Request(encryptedType: encryptedType, systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetEncryptedField
    ///
    /// 获取加密字段
    ///
    /// `GET /zstack/v1/encrypted/fields`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 加密字段返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getEncryptedField(
        _ request: GetEncryptedField.Request
    ) async throws -> GetEncryptedField.Response {
        let call = ZStackRequestBuilder(operation: GetEncryptedField.operation)
        call.appendQueryItem("encryptedType", value: request.encryptedType)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
