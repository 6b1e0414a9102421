import HTTPTypes

/// GetHostPowerStatus
///
/// 获取物理机最新电源状态
///
/// 获取一台物理机最新电源状态
///
/// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum GetHostPowerStatus {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetHostPowerStatus",
        method: .put,
        pathTemplate: "/zstack/v1/hosts/power/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 获取物理机电源状态方式
        public var method: GetHostPowerStatusMethod?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - method: 获取物理机电源状态方式
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            method: GetHostPowerStatusMethod? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.method = method
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"getHostPowerStatus": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "getHostPowerStatus"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var method: GetHostPowerStatusMethod?

            init(_ request: Request) {
                self.method = request.method
            }

            private enum CodingKeys: String, CodingKey {
                case method = "method"
            }
        }
    }

    /// 获取物理机最新电源状态消息回复
    public struct Response: Codable, Sendable, Hashable {
        /// 物理机IPMI信息
        public var inventory: HostIpmiInventory?

        /// 是否成功
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - inventory: 物理机IPMI信息
        ///   - success: 是否成功
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(inventory: HostIpmiInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.inventory = inventory
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case inventory = "inventory"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetHostPowerStatus
    ///
    /// 获取物理机最新电源状态
    ///
    /// 获取一台物理机最新电源状态
    ///
    /// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - method: 获取物理机电源状态方式
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 获取物理机最新电源状态消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func getHostPowerStatus(
        uuid: String,
        method: GetHostPowerStatusMethod? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> GetHostPowerStatus.Response {
        try await getHostPowerStatus(
            GetHostPowerStatus.Request(uuid: uuid, method: method, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// GetHostPowerStatus
    ///
    /// 获取物理机最新电源状态
    ///
    /// 获取一台物理机最新电源状态
    ///
    /// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 获取物理机最新电源状态消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func getHostPowerStatus(
        _ request: GetHostPowerStatus.Request,
        polling: ZStackPolling? = nil
    ) async throws -> GetHostPowerStatus.Response {
        var call = ZStackRequestBuilder(operation: GetHostPowerStatus.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = GetHostPowerStatus.Body(request)
        return try await perform(call, polling: polling)
    }
}
