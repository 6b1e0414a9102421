import HTTPTypes

/// GetManagementNodeOS
///
/// 获取管理节点系统
///
/// `PUT /zstack/v1/management/actions`, synchronous, no authorization.
///
/// Category: managementNode
public nonisolated enum GetManagementNodeOS {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetManagementNodeOS",
        method: .put,
        pathTemplate: "/zstack/v1/management/actions",
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

    /// The JSON body of a request: `{"getManagementNodeOS": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "getManagementNodeOS"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 获取管理节点系统的返回
    public struct Response: Codable, Sendable, Hashable {
        /// 资源名称
        public var name: String?

        /// The `version` field.
        public var version: String?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - version: The `version` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(name: String? = nil, version: String? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.name = name
            self.version = version
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case name = "name"
            case version = "version"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetManagementNodeOS
    ///
    /// 获取管理节点系统
    ///
    /// `PUT /zstack/v1/management/actions`, synchronous, no authorization.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取管理节点系统的返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getManagementNodeOS(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetManagementNodeOS.Response {
        try await getManagementNodeOS(
            GetManagementNodeOS.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetManagementNodeOS
    ///
    /// 获取管理节点系统
    ///
    /// `PUT /zstack/v1/management/actions`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取管理节点系统的返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getManagementNodeOS(
        _ request: GetManagementNodeOS.Request
    ) async throws -> GetManagementNodeOS.Response {
        var call = ZStackRequestBuilder(operation: GetManagementNodeOS.operation)
        call.jsonBody = GetManagementNodeOS.Body(request)
        return try await perform(call)
    }
}
