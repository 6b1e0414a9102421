import HTTPTypes

/// GetCurrentTime
///
/// 获取当前时间
///
/// 获取当前时间
///
/// `PUT /zstack/v1/management-nodes/actions`, synchronous, no authorization.
///
/// Category: managementNode
public nonisolated enum GetCurrentTime {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetCurrentTime",
        method: .put,
        pathTemplate: "/zstack/v1/management-nodes/actions",
        requiresAuthorization: false,
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

    /// The JSON body of a request: `{"getCurrentTime": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [String]?
        var userTags: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "getCurrentTime"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 管理节点当前时间
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 管理节点当前时间
        public var currentTime: [String: Int64]?

        /// 成功标志
        public var success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - currentTime: 管理节点当前时间
        ///   - success: 成功标志
        public init(error: ErrorCode? = nil, currentTime: [String: Int64]? = nil, success: Bool? = nil) {
            self.error = error
            self.currentTime = currentTime
            self.success = success
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case currentTime = "currentTime"
            case success = "success"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetCurrentTime
    ///
    /// 获取当前时间
    ///
    /// 获取当前时间
    ///
    /// `PUT /zstack/v1/management-nodes/actions`, synchronous, no authorization.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 管理节点当前时间
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCurrentTime(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetCurrentTime.Response {
        try await getCurrentTime(
            GetCurrentTime.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetCurrentTime
    ///
    /// 获取当前时间
    ///
    /// 获取当前时间
    ///
    /// `PUT /zstack/v1/management-nodes/actions`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 管理节点当前时间
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCurrentTime(
        _ request: GetCurrentTime.Request
    ) async throws -> GetCurrentTime.Response {
        var call = ZStackRequestBuilder(operation: GetCurrentTime.operation)
        call.jsonBody = GetCurrentTime.Body(request)
        return try await perform(call)
    }
}
