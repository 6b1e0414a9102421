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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateLoadBalancer",
            method: .post,
            pathTemplate: "/zstack/v1/load-balancers",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源名称
        public let name: String

        /// 资源的详细描述
        public let description: String?

        /// VIP UUID
        public let vipUuid: String?

        /// 资源UUID
        public let resourceUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `type` field.
        public let type: String?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// The `vip6Uuid` field.
        public let vip6Uuid: String?

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
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.vipUuid, rhs.vipUuid) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            return ZStackFieldwise.same(lhs.vip6Uuid, rhs.vip6Uuid)
        }
    }

    /// 负载均衡器清单
    ///
    /// An ``InventoryReply`` of ``LoadBalancerInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<LoadBalancerInventory>
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
        let call = ZStackRequestBuilder(operation: CreateLoadBalancer.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.vipUuid, forKey: "vipUuid")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
                try wrapped.encodeValue(request.vip6Uuid, forKey: "vip6Uuid")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
