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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "RefreshCaptcha",
            method: .get,
            pathTemplate: "/zstack/v1/captcha/refresh",
            requiresAuthorization: false,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    ///
    /// The same type as ``GetZone/Request``: the inputs are the same.
    public typealias Request = GetZone.Request

    /// 刷新验证码后的结果
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// 验证码的唯一标识符
        public let captchaUuid: String?

        /// 验证码图片的base64
        public let captcha: String?

        /// The `success` field.
        public let success: Bool?

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

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.captchaUuid = try object.optionalValue(String.self, forKey: "captchaUuid")
            self.captcha = try object.optionalValue(String.self, forKey: "captcha")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.captchaUuid, forKey: "captchaUuid")
            try object.encodeValue(self.captcha, forKey: "captcha")
            try object.encodeValue(self.success, forKey: "success")
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Response, _ rhs: Response) -> Bool {
            guard ZStackFieldwise.same(lhs.error, rhs.error) else { return false }
            guard ZStackFieldwise.same(lhs.captchaUuid, rhs.captchaUuid) else { return false }
            guard ZStackFieldwise.same(lhs.captcha, rhs.captcha) else { return false }
            return ZStackFieldwise.same(lhs.success, rhs.success)
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
        let call = ZStackRequestBuilder(operation: RefreshCaptcha.operation)
        call.appendQueryItem("uuid", value: request.uuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
