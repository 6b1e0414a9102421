import HTTPTypes

/// CreateLoadBalancerServerGroup
///
/// 在这里填写API描述
///
/// `POST /zstack/v1/load-balancers/{loadBalancerUuid}/servergroups`, asynchronous, authorization required.
///
/// Category: loadBalancer
public nonisolated enum CreateLoadBalancerServerGroup {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateLoadBalancerServerGroup",
        method: .post,
        pathTemplate: "/zstack/v1/load-balancers/{loadBalancerUuid}/servergroups",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 负载均衡器UUID
        public var loadBalancerUuid: String

        /// 资源名称
        public var name: String

        /// 资源的详细描述
        public var description: String?

        /// 资源UUID
        public var resourceUuid: String?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// IP版本
        public var ipVersion: Int?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - loadBalancerUuid: 负载均衡器UUID
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - resourceUuid: 资源UUID
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - ipVersion: IP版本
        public init(
            loadBalancerUuid: String,
            name: String,
            description: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            ipVersion: Int? = nil
        ) {
            self.loadBalancerUuid = loadBalancerUuid
            self.name = name
            self.description = description
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
            self.systemTags = systemTags
            self.userTags = userTags
            self.ipVersion = ipVersion
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
            var resourceUuid: String?
            var tagUuids: [String]?
            var ipVersion: Int?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
                self.ipVersion = request.ipVersion
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case ipVersion = "ipVersion"
            }
        }
    }

    /// 负载均衡器服务器组清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: LoadBalancerServerGroupInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: LoadBalancerServerGroupInventory? = nil) {
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
    /// CreateLoadBalancerServerGroup
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/load-balancers/{loadBalancerUuid}/servergroups`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - loadBalancerUuid: 负载均衡器UUID
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - resourceUuid: 资源UUID
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - ipVersion: IP版本
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡器服务器组清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createLoadBalancerServerGroup(
        loadBalancerUuid: String,
        name: String,
        description: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        ipVersion: Int? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateLoadBalancerServerGroup.Response {
        try await createLoadBalancerServerGroup(
            CreateLoadBalancerServerGroup.Request(
                loadBalancerUuid: loadBalancerUuid,
                name: name,
                description: description,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags,
                ipVersion: ipVersion
            ),
            polling: polling
        )
    }

    /// CreateLoadBalancerServerGroup
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/load-balancers/{loadBalancerUuid}/servergroups`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡器服务器组清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createLoadBalancerServerGroup(
        _ request: CreateLoadBalancerServerGroup.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateLoadBalancerServerGroup.Response {
        var call = ZStackRequestBuilder(operation: CreateLoadBalancerServerGroup.operation)
        call.setPathParameter("loadBalancerUuid", to: request.loadBalancerUuid)
        call.jsonBody = CreateLoadBalancerServerGroup.Body(request)
        return try await perform(call, polling: polling)
    }
}
