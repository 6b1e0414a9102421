import HTTPTypes

/// GetSupportedIdentityModels
///
/// 获取支持的账户类型
///
/// `GET /zstack/v1/identity-models`, synchronous, no authorization.
///
/// Category: identity
public nonisolated enum GetSupportedIdentityModels {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetSupportedIdentityModels",
        method: .get,
        pathTemplate: "/zstack/v1/identity-models",
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

    /// 获取支持的账户类型的结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `configs` field.
        public var configs: [String]?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - configs: The `configs` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(configs: [String]? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.configs = configs
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case configs = "configs"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetSupportedIdentityModels
    ///
    /// 获取支持的账户类型
    ///
    /// `GET /zstack/v1/identity-models`, synchronous, no authorization.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取支持的账户类型的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getSupportedIdentityModels(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetSupportedIdentityModels.Response {
        try await getSupportedIdentityModels(
            GetSupportedIdentityModels.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetSupportedIdentityModels
    ///
    /// 获取支持的账户类型
    ///
    /// `GET /zstack/v1/identity-models`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取支持的账户类型的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getSupportedIdentityModels(
        _ request: GetSupportedIdentityModels.Request
    ) async throws -> GetSupportedIdentityModels.Response {
        var call = ZStackRequestBuilder(operation: GetSupportedIdentityModels.operation)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
