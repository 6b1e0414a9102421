import HTTPTypes

/// RemoveBackendServerFromServerGroup
///
/// 在这里填写API描述
///
/// `PUT /zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendservers/actions`, asynchronous, authorization
/// required.
///
/// Category: loadBalancer
public nonisolated enum RemoveBackendServerFromServerGroup {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "RemoveBackendServerFromServerGroup",
        method: .put,
        pathTemplate: "/zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendservers/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The `serverGroupUuid` field.
        public var serverGroupUuid: String

        /// The `vmNicUuids` field.
        public var vmNicUuids: [String]?

        /// The `serverIps` field.
        public var serverIps: [String]?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - serverGroupUuid: The `serverGroupUuid` field.
        ///   - vmNicUuids: The `vmNicUuids` field.
        ///   - serverIps: The `serverIps` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            serverGroupUuid: String,
            vmNicUuids: [String]? = nil,
            serverIps: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.serverGroupUuid = serverGroupUuid
            self.vmNicUuids = vmNicUuids
            self.serverIps = serverIps
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"removeBackendServerFromServerGroup": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "removeBackendServerFromServerGroup"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var vmNicUuids: [String]?
            var serverIps: [String]?

            init(_ request: Request) {
                self.vmNicUuids = request.vmNicUuids
                self.serverIps = request.serverIps
            }

            private enum CodingKeys: String, CodingKey {
                case vmNicUuids = "vmNicUuids"
                case serverIps = "serverIps"
            }
        }
    }

    /// The reply's fields.
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
    /// RemoveBackendServerFromServerGroup
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendservers/actions`, asynchronous,
    /// authorization required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - serverGroupUuid: The `serverGroupUuid` field.
    ///   - vmNicUuids: The `vmNicUuids` field.
    ///   - serverIps: The `serverIps` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeBackendServerFromServerGroup(
        serverGroupUuid: String,
        vmNicUuids: [String]? = nil,
        serverIps: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveBackendServerFromServerGroup.Response {
        try await removeBackendServerFromServerGroup(
            RemoveBackendServerFromServerGroup.Request(
                serverGroupUuid: serverGroupUuid,
                vmNicUuids: vmNicUuids,
                serverIps: serverIps,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// RemoveBackendServerFromServerGroup
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendservers/actions`, asynchronous,
    /// authorization required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeBackendServerFromServerGroup(
        _ request: RemoveBackendServerFromServerGroup.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveBackendServerFromServerGroup.Response {
        var call = ZStackRequestBuilder(operation: RemoveBackendServerFromServerGroup.operation)
        call.setPathParameter("serverGroupUuid", to: request.serverGroupUuid)
        call.jsonBody = RemoveBackendServerFromServerGroup.Body(request)
        return try await perform(call, polling: polling)
    }
}
