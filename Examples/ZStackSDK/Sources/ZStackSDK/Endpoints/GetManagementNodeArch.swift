import HTTPTypes

/// GetManagementNodeArch
///
/// 获取管理节点系统架构
///
/// `PUT /zstack/v1/management-nodes/actions`, synchronous, no authorization.
///
/// Category: managementNode
public nonisolated enum GetManagementNodeArch {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetManagementNodeArch",
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

    /// The JSON body of a request: `{"getManagementNodeArch": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "getManagementNodeArch"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 获取管理节点系统架构的返回
    public struct Response: Codable, Sendable, Hashable {
        /// The `architecture` field.
        public var architecture: String?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - architecture: The `architecture` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(architecture: String? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.architecture = architecture
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case architecture = "architecture"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetManagementNodeArch
    ///
    /// 获取管理节点系统架构
    ///
    /// `PUT /zstack/v1/management-nodes/actions`, synchronous, no authorization.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取管理节点系统架构的返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getManagementNodeArch(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetManagementNodeArch.Response {
        try await getManagementNodeArch(
            GetManagementNodeArch.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetManagementNodeArch
    ///
    /// 获取管理节点系统架构
    ///
    /// `PUT /zstack/v1/management-nodes/actions`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取管理节点系统架构的返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getManagementNodeArch(
        _ request: GetManagementNodeArch.Request
    ) async throws -> GetManagementNodeArch.Response {
        var call = ZStackRequestBuilder(operation: GetManagementNodeArch.operation)
        call.jsonBody = GetManagementNodeArch.Body(request)
        return try await perform(call)
    }
}
