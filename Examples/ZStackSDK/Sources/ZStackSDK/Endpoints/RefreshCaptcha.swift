import HTTPTypes

/// RefreshCaptcha
///
/// 刷新验证码
///
/// `GET /zstack/v1/captcha/refresh`, synchronous, no authorization.
///
/// Category: captcha
public nonisolated enum RefreshCaptcha {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "RefreshCaptcha",
        method: .get,
        pathTemplate: "/zstack/v1/captcha/refresh",
        requiresAuthorization: false,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(uuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 刷新验证码后的结果
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 验证码的唯一标识符
        public var captchaUuid: String?

        /// 验证码图片的base64
        public var captcha: String?

        /// The `success` field.
        public var success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - captchaUuid: 验证码的唯一标识符
        ///   - captcha: 验证码图片的base64
        ///   - success: The `success` field.
        public init(error: ErrorCode? = nil, captchaUuid: String? = nil, captcha: String? = nil, success: Bool? = nil) {
            self.error = error
            self.captchaUuid = captchaUuid
            self.captcha = captcha
            self.success = success
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case captchaUuid = "captchaUuid"
            case captcha = "captcha"
            case success = "success"
        }
    }
}

nonisolated extension ZStackClient {
    /// RefreshCaptcha
    ///
    /// 刷新验证码
    ///
    /// `GET /zstack/v1/captcha/refresh`, synchronous, no authorization.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    /// - Returns: 刷新验证码后的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func refreshCaptcha(
        uuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> RefreshCaptcha.Response {
        try await refreshCaptcha(
            RefreshCaptcha.Request(uuid: uuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// RefreshCaptcha
    ///
    /// 刷新验证码
    ///
    /// `GET /zstack/v1/captcha/refresh`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 刷新验证码后的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func refreshCaptcha(
        _ request: RefreshCaptcha.Request
    ) async throws -> RefreshCaptcha.Response {
        var call = ZStackRequestBuilder(operation: RefreshCaptcha.operation)
        call.appendQueryItem("uuid", value: request.uuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
