import HTTPTypes

/// GetHostWebSshUrl
///
/// 获取物理机网页终端链接
///
/// 获取一台物理机网页终端链接
///
/// `POST /zstack/v1/hosts/webssh`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum GetHostWebSshUrl {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetHostWebSshUrl",
        method: .post,
        pathTemplate: "/zstack/v1/hosts/webssh",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 用户名
        public var userName: String

        /// 密码
        public var password: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 是否是HTTPS
        public var https: Bool?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - userName: 用户名
        ///   - password: 密码
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - https: 是否是HTTPS
        public init(
            uuid: String,
            userName: String,
            password: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            https: Bool? = nil
        ) {
            self.uuid = uuid
            self.userName = userName
            self.password = password
            self.systemTags = systemTags
            self.userTags = userTags
            self.https = https
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var uuid: String
            var https: Bool?
            var userName: String
            var password: String

            init(_ request: Request) {
                self.uuid = request.uuid
                self.https = request.https
                self.userName = request.userName
                self.password = request.password
            }

            private enum CodingKeys: String, CodingKey {
                case uuid = "uuid"
                case https = "https"
                case userName = "userName"
                case password = "password"
            }
        }
    }

    /// 获取一台物理机网页终端链接消息回复
    public struct Response: Codable, Sendable, Hashable {
        /// 物理机网页终端链接
        public var url: String?

        /// 是否成功
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - url: 物理机网页终端链接
        ///   - success: 是否成功
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(url: String? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.url = url
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case url = "url"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetHostWebSshUrl
    ///
    /// 获取物理机网页终端链接
    ///
    /// 获取一台物理机网页终端链接
    ///
    /// `POST /zstack/v1/hosts/webssh`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - userName: 用户名
    ///   - password: 密码
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - https: 是否是HTTPS
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 获取一台物理机网页终端链接消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func getHostWebSshUrl(
        uuid: String,
        userName: String,
        password: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        https: Bool? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> GetHostWebSshUrl.Response {
        try await getHostWebSshUrl(
            GetHostWebSshUrl.Request(
                uuid: uuid,
                userName: userName,
                password: password,
                systemTags: systemTags,
                userTags: userTags,
                https: https
            ),
            polling: polling
        )
    }

    /// GetHostWebSshUrl
    ///
    /// 获取物理机网页终端链接
    ///
    /// 获取一台物理机网页终端链接
    ///
    /// `POST /zstack/v1/hosts/webssh`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 获取一台物理机网页终端链接消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func getHostWebSshUrl(
        _ request: GetHostWebSshUrl.Request,
        polling: ZStackPolling? = nil
    ) async throws -> GetHostWebSshUrl.Response {
        var call = ZStackRequestBuilder(operation: GetHostWebSshUrl.operation)
        call.jsonBody = GetHostWebSshUrl.Body(request)
        return try await perform(call, polling: polling)
    }
}
