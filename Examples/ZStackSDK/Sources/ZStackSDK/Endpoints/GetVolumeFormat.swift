import HTTPTypes

/// GetVolumeFormat
///
/// 获取云盘格式
///
/// `GET /zstack/v1/volumes/formats`, synchronous, authorization required.
///
/// Category: volume
public nonisolated enum GetVolumeFormat {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetVolumeFormat",
            method: .get,
            pathTemplate: "/zstack/v1/volumes/formats",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    ///
    /// The same type as ``GetBackupStorageTypes/Request``: the inputs are the same.
    public typealias Request = GetBackupStorageTypes.Request

    /// The reply's fields.
    public final class Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `formats` field.
        public let formats: [ZStackJSONValue]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - formats: The `formats` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, formats: [ZStackJSONValue]? = nil) {
            self.success = success
            self.error = error
            self.formats = formats
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.formats = try object.optionalValue([ZStackJSONValue].self, forKey: "formats")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.formats, forKey: "formats")
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
            return ZStackFieldwise.same(lhs.formats, rhs.formats)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetVolumeFormat
    ///
    /// 获取云盘格式
    ///
    /// `GET /zstack/v1/volumes/formats`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVolumeFormat(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetVolumeFormat.Response {
        try await getVolumeFormat(
            GetVolumeFormat.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetVolumeFormat
    ///
    /// 获取云盘格式
    ///
    /// `GET /zstack/v1/volumes/formats`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVolumeFormat(
        _ request: GetVolumeFormat.Request
    ) async throws -> GetVolumeFormat.Response {
        let call = ZStackRequestBuilder(operation: GetVolumeFormat.operation)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
