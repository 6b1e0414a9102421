import HTTPTypes

/// GetSupportAPIs
///
/// 获取所有支持的API
///
/// `PUT /zstack/v1/management-nodes/actions`, synchronous, no authorization.
///
/// Category: managementNode
public nonisolated enum GetSupportAPIs {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetSupportAPIs",
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

    /// The JSON body of a request: `{"getSupportAPIs": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "getSupportAPIs"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 支持的API列表
    public struct Response: Codable, Sendable, Hashable {
        /// The `supportApis` field.
        public var supportApis: [String]?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - supportApis: The `supportApis` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(supportApis: [String]? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.supportApis = supportApis
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case supportApis = "supportApis"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetSupportAPIs
    ///
    /// 获取所有支持的API
    ///
    /// `PUT /zstack/v1/management-nodes/actions`, synchronous, no authorization.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 支持的API列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getSupportAPIs(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetSupportAPIs.Response {
        try await getSupportAPIs(
            GetSupportAPIs.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetSupportAPIs
    ///
    /// 获取所有支持的API
    ///
    /// `PUT /zstack/v1/management-nodes/actions`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 支持的API列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getSupportAPIs(
        _ request: GetSupportAPIs.Request
    ) async throws -> GetSupportAPIs.Response {
        var call = ZStackRequestBuilder(operation: GetSupportAPIs.operation)
        call.jsonBody = GetSupportAPIs.Body(request)
        return try await perform(call)
    }
}
