import HTTPTypes

/// ChangeAccessControlListServerGroup
///
/// 修改访问控制组绑定的后端服务器
///
/// `PUT /zstack/v1/load-balancers/listener/acl/{aclUuid}/servergroup/actions`, asynchronous, authorization required.
///
/// Category: loadBalancer
public nonisolated enum ChangeAccessControlListServerGroup {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ChangeAccessControlListServerGroup",
        method: .put,
        pathTemplate: "/zstack/v1/load-balancers/listener/acl/{aclUuid}/servergroup/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 访问控制策略组的唯一标识
        public var aclUuid: String

        /// 负载均衡器服务器组uuid
        public var serverGroupUuids: [String]

        /// 监听器唯一标识
        public var listenerUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - aclUuid: 访问控制策略组的唯一标识
        ///   - serverGroupUuids: 负载均衡器服务器组uuid
        ///   - listenerUuid: 监听器唯一标识
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            aclUuid: String,
            serverGroupUuids: [String],
            listenerUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.aclUuid = aclUuid
            self.serverGroupUuids = serverGroupUuids
            self.listenerUuid = listenerUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"changeAccessControlListServerGroup": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "changeAccessControlListServerGroup"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var serverGroupUuids: [String]
            var listenerUuid: String

            init(_ request: Request) {
                self.serverGroupUuids = request.serverGroupUuids
                self.listenerUuid = request.listenerUuid
            }

            private enum CodingKeys: String, CodingKey {
                case serverGroupUuids = "serverGroupUuids"
                case listenerUuid = "listenerUuid"
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
        public var inventory: ZStackJSONValue?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: ZStackJSONValue? = nil) {
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
    /// ChangeAccessControlListServerGroup
    ///
    /// 修改访问控制组绑定的后端服务器
    ///
    /// `PUT /zstack/v1/load-balancers/listener/acl/{aclUuid}/servergroup/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - aclUuid: 访问控制策略组的唯一标识
    ///   - serverGroupUuids: 负载均衡器服务器组uuid
    ///   - listenerUuid: 监听器唯一标识
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeAccessControlListServerGroup(
        aclUuid: String,
        serverGroupUuids: [String],
        listenerUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeAccessControlListServerGroup.Response {
        try await changeAccessControlListServerGroup(
            ChangeAccessControlListServerGroup.Request(
                aclUuid: aclUuid,
                serverGroupUuids: serverGroupUuids,
                listenerUuid: listenerUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// ChangeAccessControlListServerGroup
    ///
    /// 修改访问控制组绑定的后端服务器
    ///
    /// `PUT /zstack/v1/load-balancers/listener/acl/{aclUuid}/servergroup/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeAccessControlListServerGroup(
        _ request: ChangeAccessControlListServerGroup.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeAccessControlListServerGroup.Response {
        var call = ZStackRequestBuilder(operation: ChangeAccessControlListServerGroup.operation)
        call.setPathParameter("aclUuid", to: request.aclUuid)
        call.jsonBody = ChangeAccessControlListServerGroup.Body(request)
        return try await perform(call, polling: polling)
    }
}
