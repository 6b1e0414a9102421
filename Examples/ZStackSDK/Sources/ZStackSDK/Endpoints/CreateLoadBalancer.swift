import HTTPTypes

/// 创建负载均衡器(CreateLoadBalancer)
///
/// 创建负载均衡器
///
/// `POST /zstack/v1/load-balancers`, asynchronous, authorization required.
///
/// Category: 负载均衡
public nonisolated enum CreateLoadBalancer {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateLoadBalancer",
        method: .post,
        pathTemplate: "/zstack/v1/load-balancers",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源名称
        public var name: String

        /// 资源的详细描述
        public var description: String?

        /// VIP UUID
        public var vipUuid: String?

        /// 资源UUID
        public var resourceUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// The `type` field.
        public var type: String?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// The `vip6Uuid` field.
        public var vip6Uuid: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - vipUuid: VIP UUID
        ///   - resourceUuid: 资源UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - type: The `type` field.
        ///   - tagUuids: 标签UUID列表
        ///   - vip6Uuid: The `vip6Uuid` field.
        public init(
            name: String,
            description: String? = nil,
            vipUuid: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            type: String? = nil,
            tagUuids: [String]? = nil,
            vip6Uuid: String? = nil
        ) {
            self.name = name
            self.description = description
            self.vipUuid = vipUuid
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.type = type
            self.tagUuids = tagUuids
            self.vip6Uuid = vip6Uuid
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var name: String
            var description: String?
            var vipUuid: String?
            var resourceUuid: String?
            var type: String?
            var tagUuids: [String]?
            var vip6Uuid: String?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.vipUuid = request.vipUuid
                self.resourceUuid = request.resourceUuid
                self.type = request.type
                self.tagUuids = request.tagUuids
                self.vip6Uuid = request.vip6Uuid
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case vipUuid = "vipUuid"
                case resourceUuid = "resourceUuid"
                case type = "type"
                case tagUuids = "tagUuids"
                case vip6Uuid = "vip6Uuid"
            }
        }
    }

    /// 负载均衡器清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: LoadBalancerInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: LoadBalancerInventory? = nil) {
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
    /// 创建负载均衡器(CreateLoadBalancer)
    ///
    /// 创建负载均衡器
    ///
    /// `POST /zstack/v1/load-balancers`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - vipUuid: VIP UUID
    ///   - resourceUuid: 资源UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - type: The `type` field.
    ///   - tagUuids: 标签UUID列表
    ///   - vip6Uuid: The `vip6Uuid` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createLoadBalancer(
        name: String,
        description: String? = nil,
        vipUuid: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        type: String? = nil,
        tagUuids: [String]? = nil,
        vip6Uuid: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateLoadBalancer.Response {
        try await createLoadBalancer(
            CreateLoadBalancer.Request(
                name: name,
                description: description,
                vipUuid: vipUuid,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                type: type,
                tagUuids: tagUuids,
                vip6Uuid: vip6Uuid
            ),
            polling: polling
        )
    }

    /// 创建负载均衡器(CreateLoadBalancer)
    ///
    /// 创建负载均衡器
    ///
    /// `POST /zstack/v1/load-balancers`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createLoadBalancer(
        _ request: CreateLoadBalancer.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateLoadBalancer.Response {
        var call = ZStackRequestBuilder(operation: CreateLoadBalancer.operation)
        call.jsonBody = CreateLoadBalancer.Body(request)
        return try await perform(call, polling: polling)
    }
}
