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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddBackendServerToServerGroup",
            method: .post,
            pathTemplate: "/zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendservers",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 负载均衡器服务器组uuid
        public let serverGroupUuid: String

        /// 后端服务器网卡
        public let vmNics: [[String: String]]?

        /// 后端服务器Ip
        public let servers: [[String: String]]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

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

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.serverGroupUuid, rhs.serverGroupUuid) else { return false }
            guard ZStackFieldwise.same(lhs.vmNics, rhs.vmNics) else { return false }
            guard ZStackFieldwise.same(lhs.servers, rhs.servers) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 负载均衡器服务器组清单
    ///
    /// An ``InventoryReply`` of ``LoadBalancerServerGroupInventory``: the replies that differ only in that type share
    /// one generic type.
    public typealias Response = InventoryReply<LoadBalancerServerGroupInventory>
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
        let call = ZStackRequestBuilder(operation: AddBackendServerToServerGroup.operation)
        call.setPathParameter("serverGroupUuid", to: request.serverGroupUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.vmNics, forKey: "vmNics")
                try wrapped.encodeValue(request.servers, forKey: "servers")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
