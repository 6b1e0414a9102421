import HTTPTypes

/// 添加后端服务器到服务器组
///
/// 负载均衡器服务器组添加后端服务器
///
/// `POST /zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendservers`, asynchronous, authorization
/// required.
///
/// Category: 负载均衡
public nonisolated enum AddBackendServerToServerGroup {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddBackendServerToServerGroup",
        method: .post,
        pathTemplate: "/zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendservers",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 负载均衡器服务器组uuid
        public var serverGroupUuid: String

        /// 后端服务器网卡
        public var vmNics: [[String: String]]?

        /// 后端服务器Ip
        public var servers: [[String: String]]?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - serverGroupUuid: 负载均衡器服务器组uuid
        ///   - vmNics: 后端服务器网卡
        ///   - servers: 后端服务器Ip
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            serverGroupUuid: String,
            vmNics: [[String: String]]? = nil,
            servers: [[String: String]]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.serverGroupUuid = serverGroupUuid
            self.vmNics = vmNics
            self.servers = servers
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
            var vmNics: [[String: String]]?
            var servers: [[String: String]]?

            init(_ request: Request) {
                self.vmNics = request.vmNics
                self.servers = request.servers
            }

            private enum CodingKeys: String, CodingKey {
                case vmNics = "vmNics"
                case servers = "servers"
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
    /// 添加后端服务器到服务器组
    ///
    /// 负载均衡器服务器组添加后端服务器
    ///
    /// `POST /zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendservers`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - serverGroupUuid: 负载均衡器服务器组uuid
    ///   - vmNics: 后端服务器网卡
    ///   - servers: 后端服务器Ip
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡器服务器组清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addBackendServerToServerGroup(
        serverGroupUuid: String,
        vmNics: [[String: String]]? = nil,
        servers: [[String: String]]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddBackendServerToServerGroup.Response {
        try await addBackendServerToServerGroup(
            AddBackendServerToServerGroup.Request(
                serverGroupUuid: serverGroupUuid,
                vmNics: vmNics,
                servers: servers,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 添加后端服务器到服务器组
    ///
    /// 负载均衡器服务器组添加后端服务器
    ///
    /// `POST /zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendservers`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡器服务器组清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addBackendServerToServerGroup(
        _ request: AddBackendServerToServerGroup.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddBackendServerToServerGroup.Response {
        var call = ZStackRequestBuilder(operation: AddBackendServerToServerGroup.operation)
        call.setPathParameter("serverGroupUuid", to: request.serverGroupUuid)
        call.jsonBody = AddBackendServerToServerGroup.Body(request)
        return try await perform(call, polling: polling)
    }
}
