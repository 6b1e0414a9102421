import HTTPTypes

/// 更新IP地址范围(UpdateIpRange)
///
/// 更新IP地址范围
///
/// `PUT /zstack/v1/l3-networks/ip-ranges/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: 三层网络
public nonisolated enum UpdateIpRange {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateIpRange",
        method: .put,
        pathTemplate: "/zstack/v1/l3-networks/ip-ranges/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 三层网络的名称
        public var name: String?

        /// 三层网络的详细描述
        public var description: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - name: 三层网络的名称
        ///   - description: 三层网络的详细描述
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            name: String? = nil,
            description: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.name = name
            self.description = description
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"updateIpRange": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateIpRange"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var name: String?
            var description: String?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
            }
        }
    }

    /// IP地址范围清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: IpRangeInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: IpRangeInventory? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventory = "inventory"
        }
    }
}

nonisolated extension ZStackClient {
    /// 更新IP地址范围(UpdateIpRange)
    ///
    /// 更新IP地址范围
    ///
    /// `PUT /zstack/v1/l3-networks/ip-ranges/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 三层网络的名称
    ///   - description: 三层网络的详细描述
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: IP地址范围清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateIpRange(
        uuid: String,
        name: String? = nil,
        description: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateIpRange.Response {
        try await updateIpRange(
            UpdateIpRange.Request(
                uuid: uuid,
                name: name,
                description: description,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 更新IP地址范围(UpdateIpRange)
    ///
    /// 更新IP地址范围
    ///
    /// `PUT /zstack/v1/l3-networks/ip-ranges/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: IP地址范围清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateIpRange(
        _ request: UpdateIpRange.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateIpRange.Response {
        var call = ZStackRequestBuilder(operation: UpdateIpRange.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UpdateIpRange.Body(request)
        return try await perform(call, polling: polling)
    }
}
