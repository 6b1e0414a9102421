import HTTPTypes

/// GetHostAllocatorStrategies
///
/// 获取物理机分配策略
///
/// 获取物理机分配策略
///
/// `GET /zstack/v1/hosts/allocators/strategies`, synchronous, authorization required.
///
/// Category: host.allocator
public nonisolated enum GetHostAllocatorStrategies {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetHostAllocatorStrategies",
        method: .get,
        pathTemplate: "/zstack/v1/hosts/allocators/strategies",
        requiresAuthorization: true,
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

    /// 物理机分配策略
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `success` field.
        public var success: Bool?

        /// 策略
        public var strategies: [String]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        ///   - strategies: 策略
        public init(error: ErrorCode? = nil, success: Bool? = nil, strategies: [String]? = nil) {
            self.error = error
            self.success = success
            self.strategies = strategies
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case success = "success"
            case strategies = "strategies"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetHostAllocatorStrategies
    ///
    /// 获取物理机分配策略
    ///
    /// 获取物理机分配策略
    ///
    /// `GET /zstack/v1/hosts/allocators/strategies`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 物理机分配策略
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getHostAllocatorStrategies(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetHostAllocatorStrategies.Response {
        try await getHostAllocatorStrategies(
            GetHostAllocatorStrategies.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetHostAllocatorStrategies
    ///
    /// 获取物理机分配策略
    ///
    /// 获取物理机分配策略
    ///
    /// `GET /zstack/v1/hosts/allocators/strategies`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 物理机分配策略
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getHostAllocatorStrategies(
        _ request: GetHostAllocatorStrategies.Request
    ) async throws -> GetHostAllocatorStrategies.Response {
        var call = ZStackRequestBuilder(operation: GetHostAllocatorStrategies.operation)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
