import HTTPTypes

/// UpdateHost
///
/// 更新云主机信息
///
/// 更新云主机信息
///
/// `PUT /zstack/v1/hosts/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum UpdateHost {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateHost",
        method: .put,
        pathTemplate: "/zstack/v1/hosts/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 资源名称
        public var name: String?

        /// 资源的详细描述
        public var description: String?

        /// The `managementIp` field.
        public var managementIp: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - managementIp: The `managementIp` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            name: String? = nil,
            description: String? = nil,
            managementIp: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.name = name
            self.description = description
            self.managementIp = managementIp
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"updateHost": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateHost"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var name: String?
            var description: String?
            var managementIp: String?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.managementIp = request.managementIp
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case managementIp = "managementIp"
            }
        }
    }

    /// 更新后的云主机
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 更新后的云主机信息
        public var inventory: HostInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 更新后的云主机信息
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: HostInventory? = nil) {
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
    /// UpdateHost
    ///
    /// 更新云主机信息
    ///
    /// 更新云主机信息
    ///
    /// `PUT /zstack/v1/hosts/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - managementIp: The `managementIp` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新后的云主机
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateHost(
        uuid: String,
        name: String? = nil,
        description: String? = nil,
        managementIp: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateHost.Response {
        try await updateHost(
            UpdateHost.Request(
                uuid: uuid,
                name: name,
                description: description,
                managementIp: managementIp,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateHost
    ///
    /// 更新云主机信息
    ///
    /// 更新云主机信息
    ///
    /// `PUT /zstack/v1/hosts/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新后的云主机
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateHost(
        _ request: UpdateHost.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateHost.Response {
        var call = ZStackRequestBuilder(operation: UpdateHost.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UpdateHost.Body(request)
        return try await perform(call, polling: polling)
    }
}
