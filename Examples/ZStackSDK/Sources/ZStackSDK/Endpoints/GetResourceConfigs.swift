import HTTPTypes

/// GetResourceConfigs
///
/// 查询多个资源级配置
///
/// `GET /zstack/v1/resource-configurations/{resourceUuid}/{category}`, synchronous, authorization required.
///
/// Category: resourceConfig
public nonisolated enum GetResourceConfigs {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetResourceConfigs",
        method: .get,
        pathTemplate: "/zstack/v1/resource-configurations/{resourceUuid}/{category}",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 需要查询的资源级配置的category
        public var category: String

        /// 资源UUID
        public var resourceUuid: String

        /// 需要查询的资源级配置的名称
        public var names: [String]

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - category: 需要查询的资源级配置的category
        ///   - resourceUuid: 资源UUID
        ///   - names: 需要查询的资源级配置的名称
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            category: String,
            resourceUuid: String,
            names: [String],
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.category = category
            self.resourceUuid = resourceUuid
            self.names = names
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 查询多个资源级配置的返回
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `configs` field.
        public var configs: [ResourceConfigStruct]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - configs: The `configs` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, configs: [ResourceConfigStruct]? = nil) {
            self.success = success
            self.error = error
            self.configs = configs
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case configs = "configs"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetResourceConfigs
    ///
    /// 查询多个资源级配置
    ///
    /// `GET /zstack/v1/resource-configurations/{resourceUuid}/{category}`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - category: 需要查询的资源级配置的category
    ///   - resourceUuid: 资源UUID
    ///   - names: 需要查询的资源级配置的名称
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 查询多个资源级配置的返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getResourceConfigs(
        category: String,
        resourceUuid: String,
        names: [String],
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetResourceConfigs.Response {
        try await getResourceConfigs(
            GetResourceConfigs.Request(
                category: category,
                resourceUuid: resourceUuid,
                names: names,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetResourceConfigs
    ///
    /// 查询多个资源级配置
    ///
    /// `GET /zstack/v1/resource-configurations/{resourceUuid}/{category}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询多个资源级配置的返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getResourceConfigs(
        _ request: GetResourceConfigs.Request
    ) async throws -> GetResourceConfigs.Response {
        var call = ZStackRequestBuilder(operation: GetResourceConfigs.operation)
        call.setPathParameter("category", to: request.category)
        call.setPathParameter("resourceUuid", to: request.resourceUuid)
        call.appendQueryItems("names", values: request.names)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
