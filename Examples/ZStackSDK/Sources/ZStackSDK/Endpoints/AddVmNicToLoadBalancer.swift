import HTTPTypes

/// 添加云主机网卡到负载均衡(AddVmNicToLoadBalancer)
///
/// 添加云主机网卡到负载均衡
///
/// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/nics`, asynchronous, authorization required.
///
/// Category: 负载均衡
public nonisolated enum AddVmNicToLoadBalancer {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddVmNicToLoadBalancer",
        method: .post,
        pathTemplate: "/zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/nics",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 负载均衡监听器UUID
        public var listenerUuid: String

        /// 云主机网卡UUID
        public var vmNicUuids: [String]

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - listenerUuid: 负载均衡监听器UUID
        ///   - vmNicUuids: 云主机网卡UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            listenerUuid: String,
            vmNicUuids: [String],
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.listenerUuid = listenerUuid
            self.vmNicUuids = vmNicUuids
            self.systemTags = systemTags
            self.userTags = userTags
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
            var vmNicUuids: [String]

            init(_ request: Request) {
                self.vmNicUuids = request.vmNicUuids
            }

            private enum CodingKeys: String, CodingKey {
                case vmNicUuids = "vmNicUuids"
            }
        }
    }

    /// 负载均衡监听器清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: LoadBalancerListenerInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: LoadBalancerListenerInventory? = nil) {
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
    /// 添加云主机网卡到负载均衡(AddVmNicToLoadBalancer)
    ///
    /// 添加云主机网卡到负载均衡
    ///
    /// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/nics`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - listenerUuid: 负载均衡监听器UUID
    ///   - vmNicUuids: 云主机网卡UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡监听器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addVmNicToLoadBalancer(
        listenerUuid: String,
        vmNicUuids: [String],
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddVmNicToLoadBalancer.Response {
        try await addVmNicToLoadBalancer(
            AddVmNicToLoadBalancer.Request(
                listenerUuid: listenerUuid,
                vmNicUuids: vmNicUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 添加云主机网卡到负载均衡(AddVmNicToLoadBalancer)
    ///
    /// 添加云主机网卡到负载均衡
    ///
    /// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/nics`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡监听器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addVmNicToLoadBalancer(
        _ request: AddVmNicToLoadBalancer.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddVmNicToLoadBalancer.Response {
        var call = ZStackRequestBuilder(operation: AddVmNicToLoadBalancer.operation)
        call.setPathParameter("listenerUuid", to: request.listenerUuid)
        call.jsonBody = AddVmNicToLoadBalancer.Body(request)
        return try await perform(call, polling: polling)
    }
}
