import HTTPTypes

/// IsReadyToGo
///
/// 在这里填写API描述
///
/// `GET /zstack/v1/management-nodes/ready`, synchronous, no authorization.
///
/// Category: other
public nonisolated enum IsReadyToGo {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "IsReadyToGo",
        method: .get,
        pathTemplate: "/zstack/v1/management-nodes/ready",
        requiresAuthorization: false,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// The `managementNodeId` field.
        public let managementNodeId: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - managementNodeId: The `managementNodeId` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(managementNodeId: String? = nil, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.managementNodeId = managementNodeId
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The reply's fields.
    public struct Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(success: Bool? = nil, error: ErrorCode? = nil) {
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
        }
    }
}

nonisolated extension ZStackClient {
    /// IsReadyToGo
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/management-nodes/ready`, synchronous, no authorization.
    ///
    /// - Parameters:
    ///   - managementNodeId: The `managementNodeId` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func isReadyToGo(
        managementNodeId: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> IsReadyToGo.Response {
        try await isReadyToGo(
            IsReadyToGo.Request(managementNodeId: managementNodeId, systemTags: systemTags, userTags: userTags)
        )
    }

    /// IsReadyToGo
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/management-nodes/ready`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func isReadyToGo(
        _ request: IsReadyToGo.Request
    ) async throws -> IsReadyToGo.Response {
        var call = ZStackRequestBuilder(operation: IsReadyToGo.operation)
        call.appendQueryItem("managementNodeId", value: request.managementNodeId)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
