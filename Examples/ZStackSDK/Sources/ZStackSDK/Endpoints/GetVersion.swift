import HTTPTypes

/// GetVersion
///
/// 获取当前版本
///
/// 获取当前版本
///
/// `PUT /zstack/v1/management-nodes/actions`, synchronous, no authorization.
///
/// Category: managementNode
public nonisolated enum GetVersion {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetVersion",
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

    /// The JSON body of a request: `{"getVersion": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "getVersion"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 管理节点当前版本
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 管理节点当前版本
        public var version: String?

        /// 成功标志
        public var success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - version: 管理节点当前版本
        ///   - success: 成功标志
        public init(error: ErrorCode? = nil, version: String? = nil, success: Bool? = nil) {
            self.error = error
            self.version = version
            self.success = success
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case version = "version"
            case success = "success"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetVersion
    ///
    /// 获取当前版本
    ///
    /// 获取当前版本
    ///
    /// `PUT /zstack/v1/management-nodes/actions`, synchronous, no authorization.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 管理节点当前版本
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVersion(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetVersion.Response {
        try await getVersion(
            GetVersion.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetVersion
    ///
    /// 获取当前版本
    ///
    /// 获取当前版本
    ///
    /// `PUT /zstack/v1/management-nodes/actions`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 管理节点当前版本
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVersion(
        _ request: GetVersion.Request
    ) async throws -> GetVersion.Response {
        var call = ZStackRequestBuilder(operation: GetVersion.operation)
        call.jsonBody = GetVersion.Body(request)
        return try await perform(call)
    }
}
