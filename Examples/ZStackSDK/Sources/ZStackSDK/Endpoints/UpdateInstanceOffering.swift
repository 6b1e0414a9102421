import HTTPTypes

/// UpdateInstanceOffering
///
/// 更新云主机规格
///
/// 更新云主机规格
///
/// `PUT /zstack/v1/instance-offerings/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: configuration
public nonisolated enum UpdateInstanceOffering {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateInstanceOffering",
        method: .put,
        pathTemplate: "/zstack/v1/instance-offerings/{uuid}/actions",
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

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// The `allocatorStrategy` field.
        public var allocatorStrategy: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - allocatorStrategy: The `allocatorStrategy` field.
        public init(
            uuid: String,
            name: String? = nil,
            description: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            allocatorStrategy: String? = nil
        ) {
            self.uuid = uuid
            self.name = name
            self.description = description
            self.systemTags = systemTags
            self.userTags = userTags
            self.allocatorStrategy = allocatorStrategy
        }
    }

    /// The JSON body of a request: `{"updateInstanceOffering": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateInstanceOffering"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var name: String?
            var description: String?
            var allocatorStrategy: String?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.allocatorStrategy = request.allocatorStrategy
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case allocatorStrategy = "allocatorStrategy"
            }
        }
    }

    /// 云主机规格清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 云主机规格清单
        public var inventory: InstanceOfferingInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 云主机规格清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: InstanceOfferingInventory? = nil) {
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
    /// UpdateInstanceOffering
    ///
    /// 更新云主机规格
    ///
    /// 更新云主机规格
    ///
    /// `PUT /zstack/v1/instance-offerings/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - allocatorStrategy: The `allocatorStrategy` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机规格清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateInstanceOffering(
        uuid: String,
        name: String? = nil,
        description: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        allocatorStrategy: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateInstanceOffering.Response {
        try await updateInstanceOffering(
            UpdateInstanceOffering.Request(
                uuid: uuid,
                name: name,
                description: description,
                systemTags: systemTags,
                userTags: userTags,
                allocatorStrategy: allocatorStrategy
            ),
            polling: polling
        )
    }

    /// UpdateInstanceOffering
    ///
    /// 更新云主机规格
    ///
    /// 更新云主机规格
    ///
    /// `PUT /zstack/v1/instance-offerings/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机规格清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateInstanceOffering(
        _ request: UpdateInstanceOffering.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateInstanceOffering.Response {
        var call = ZStackRequestBuilder(operation: UpdateInstanceOffering.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UpdateInstanceOffering.Body(request)
        return try await perform(call, polling: polling)
    }
}
