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
    public static let operation = ZStackOperation(
        id: "GetPlatformTimeZone",
        method: .get,
        pathTemplate: "/zstack/v1/management-nodes/platform-timezone",
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

    /// 获取管理节点时区信息结果
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 时区名称
        public var timezone: String?

        /// 与GMT时间的时差
        public var offset: String?

        /// The `success` field.
        public var success: Bool?

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

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case timezone = "timezone"
            case offset = "offset"
            case success = "success"
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
        var call = ZStackRequestBuilder(operation: GetPlatformTimeZone.operation)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
