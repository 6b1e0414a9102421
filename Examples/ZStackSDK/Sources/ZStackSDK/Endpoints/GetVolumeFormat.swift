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
    public static let operation = ZStackOperation(
        id: "GetVolumeFormat",
        method: .get,
        pathTemplate: "/zstack/v1/volumes/formats",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The reply's fields.
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `formats` field.
        public var formats: [ZStackJSONValue]?

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

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case formats = "formats"
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
        var call = ZStackRequestBuilder(operation: GetVolumeFormat.operation)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
