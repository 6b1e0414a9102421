import HTTPTypes

/// GetAccountQuotaUsage
///
/// 获取账户配额使用情况
///
/// 获取账户配额使用情况
///
/// `GET /zstack/v1/accounts/quota/{uuid}/usages`, synchronous, authorization required.
///
/// Category: identity
public nonisolated enum GetAccountQuotaUsage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetAccountQuotaUsage",
        method: .get,
        pathTemplate: "/zstack/v1/accounts/quota/{uuid}/usages",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 账户配额使用情况列表
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 账户配额使用情况列表
        public var usages: [ZStackJSONValue]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - usages: 账户配额使用情况列表
        public init(success: Bool? = nil, error: ErrorCode? = nil, usages: [ZStackJSONValue]? = nil) {
            self.success = success
            self.error = error
            self.usages = usages
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case usages = "usages"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetAccountQuotaUsage
    ///
    /// 获取账户配额使用情况
    ///
    /// 获取账户配额使用情况
    ///
    /// `GET /zstack/v1/accounts/quota/{uuid}/usages`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 账户配额使用情况列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getAccountQuotaUsage(
        uuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetAccountQuotaUsage.Response {
        try await getAccountQuotaUsage(
            GetAccountQuotaUsage.Request(uuid: uuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetAccountQuotaUsage
    ///
    /// 获取账户配额使用情况
    ///
    /// 获取账户配额使用情况
    ///
    /// `GET /zstack/v1/accounts/quota/{uuid}/usages`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 账户配额使用情况列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getAccountQuotaUsage(
        _ request: GetAccountQuotaUsage.Request
    ) async throws -> GetAccountQuotaUsage.Response {
        var call = ZStackRequestBuilder(operation: GetAccountQuotaUsage.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
