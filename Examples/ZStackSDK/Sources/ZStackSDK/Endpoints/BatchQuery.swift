import HTTPTypes

/// BatchQuery
///
/// 在这里填写API描述
///
/// `GET /zstack/v1/batch-queries`, synchronous, authorization required.
///
/// Category: query
public nonisolated enum BatchQuery {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "BatchQuery",
            method: .get,
            pathTemplate: "/zstack/v1/batch-queries",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `script` field.
        public let script: String?

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - script: The `script` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(script: String? = nil, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.script = script
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
            guard ZStackFieldwise.same(lhs.script, rhs.script) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// The reply's fields.
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `success` field.
        public let success: Bool?

        /// The `result` field.
        public let result: [String: ZStackJSONValue]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        ///   - result: The `result` field.
        public init(error: ErrorCode? = nil, success: Bool? = nil, result: [String: ZStackJSONValue]? = nil) {
            self.error = error
            self.success = success
            self.result = result
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.result = try object.optionalValue([String: ZStackJSONValue].self, forKey: "result")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.result, forKey: "result")
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
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.result, rhs.result)
        }
    }
}

nonisolated extension ZStackClient {
    /// BatchQuery
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/batch-queries`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - script: The `script` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func batchQuery(
        script: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> BatchQuery.Response {
        try await batchQuery(
            BatchQuery.Request(script: script, systemTags: systemTags, userTags: userTags)
        )
    }

    /// BatchQuery
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/batch-queries`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func batchQuery(
        _ request: BatchQuery.Request
    ) async throws -> BatchQuery.Response {
        let call = ZStackRequestBuilder(operation: BatchQuery.operation)
        call.appendQueryItem("script", value: request.script)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
