import HTTPTypes

/// CheckElaborationContent
///
/// 检查错误码文件的格式
///
/// 检查错误码文件的格式
///
/// `POST /zstack/v1/errorcode/elaborations/check`, synchronous, authorization required.
///
/// Category: errorcode
public nonisolated enum CheckElaborationContent {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CheckElaborationContent",
        method: .post,
        pathTemplate: "/zstack/v1/errorcode/elaborations/check",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 要检查的文件内容，可以为一个目录
        public var elaborateFile: String?

        /// 要检查的文件内容，格式为json
        public var elaborateContent: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - elaborateFile: 要检查的文件内容，可以为一个目录
        ///   - elaborateContent: 要检查的文件内容，格式为json
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            elaborateFile: String? = nil,
            elaborateContent: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.elaborateFile = elaborateFile
            self.elaborateContent = elaborateContent
            self.systemTags = systemTags
            self.userTags = userTags
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
            var elaborateFile: String?
            var elaborateContent: String?

            init(_ request: Request) {
                self.elaborateFile = request.elaborateFile
                self.elaborateContent = request.elaborateContent
            }

            private enum CodingKeys: String, CodingKey {
                case elaborateFile = "elaborateFile"
                case elaborateContent = "elaborateContent"
            }
        }
    }

    /// 错误码文件检查结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 检查结果
        public var results: [ElaborationCheckResult]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - results: 检查结果
        public init(success: Bool? = nil, error: ErrorCode? = nil, results: [ElaborationCheckResult]? = nil) {
            self.success = success
            self.error = error
            self.results = results
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case results = "results"
        }
    }
}

nonisolated extension ZStackClient {
    /// CheckElaborationContent
    ///
    /// 检查错误码文件的格式
    ///
    /// 检查错误码文件的格式
    ///
    /// `POST /zstack/v1/errorcode/elaborations/check`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - elaborateFile: 要检查的文件内容，可以为一个目录
    ///   - elaborateContent: 要检查的文件内容，格式为json
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 错误码文件检查结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func checkElaborationContent(
        elaborateFile: String? = nil,
        elaborateContent: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> CheckElaborationContent.Response {
        try await checkElaborationContent(
            CheckElaborationContent.Request(
                elaborateFile: elaborateFile,
                elaborateContent: elaborateContent,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// CheckElaborationContent
    ///
    /// 检查错误码文件的格式
    ///
    /// 检查错误码文件的格式
    ///
    /// `POST /zstack/v1/errorcode/elaborations/check`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 错误码文件检查结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func checkElaborationContent(
        _ request: CheckElaborationContent.Request
    ) async throws -> CheckElaborationContent.Response {
        var call = ZStackRequestBuilder(operation: CheckElaborationContent.operation)
        call.jsonBody = CheckElaborationContent.Body(request)
        return try await perform(call)
    }
}
