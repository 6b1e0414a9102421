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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateLoadBalancerServerGroup",
            method: .post,
            pathTemplate: "/zstack/v1/load-balancers/{loadBalancerUuid}/servergroups",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 负载均衡器UUID
        public let loadBalancerUuid: String

        /// 资源名称
        public let name: String

        /// 资源的详细描述
        public let description: String?

        /// 资源UUID
        public let resourceUuid: String?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// IP版本
        public let ipVersion: Int?

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
            guard ZStackFieldwise.same(lhs.loadBalancerUuid, rhs.loadBalancerUuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.ipVersion, rhs.ipVersion)
        }
    }

    /// 负载均衡器服务器组清单
    ///
    /// An ``InventoryReply`` of ``LoadBalancerServerGroupInventory``: the replies that differ only in that type share
    /// one generic type.
    public typealias Response = InventoryReply<LoadBalancerServerGroupInventory>
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
        let call = ZStackRequestBuilder(operation: CreateLoadBalancerServerGroup.operation)
        call.setPathParameter("loadBalancerUuid", to: request.loadBalancerUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
                try wrapped.encodeValue(request.ipVersion, forKey: "ipVersion")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
