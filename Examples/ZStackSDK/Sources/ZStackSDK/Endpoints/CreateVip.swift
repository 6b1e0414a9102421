import HTTPTypes

/// CreateVip
///
/// 创建VIP
///
/// 创建VIP
///
/// `POST /zstack/v1/vips`, asynchronous, authorization required.
///
/// Category: vip
public nonisolated enum CreateVip {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateVip",
            method: .post,
            pathTemplate: "/zstack/v1/vips",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源名称
        public let name: String

        /// 三层网络UUID
        public let l3NetworkUuid: String

        /// 资源的详细描述
        public let description: String?

        /// IP段UUID
        public let ipRangeUuid: String?

        /// 分配策略
        public let allocatorStrategy: String?

        /// IP版本
        public let ipVersion: Int?

        /// 请求的IP
        public let requiredIp: String?

        /// 资源UUID
        public let resourceUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - description: 资源的详细描述
        ///   - ipRangeUuid: IP段UUID
        ///   - allocatorStrategy: 分配策略
        ///   - ipVersion: IP版本
        ///   - requiredIp: 请求的IP
        ///   - resourceUuid: 资源UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            name: String,
            l3NetworkUuid: String,
            description: String? = nil,
            ipRangeUuid: String? = nil,
            allocatorStrategy: String? = nil,
            ipVersion: Int? = nil,
            requiredIp: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.name = name
            self.l3NetworkUuid = l3NetworkUuid
            self.description = description
            self.ipRangeUuid = ipRangeUuid
            self.allocatorStrategy = allocatorStrategy
            self.ipVersion = ipVersion
            self.requiredIp = requiredIp
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.tagUuids = tagUuids
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
            guard ZStackFieldwise.same(lhs.l3NetworkUuid, rhs.l3NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.ipRangeUuid, rhs.ipRangeUuid) else { return false }
            guard ZStackFieldwise.same(lhs.allocatorStrategy, rhs.allocatorStrategy) else { return false }
            guard ZStackFieldwise.same(lhs.ipVersion, rhs.ipVersion) else { return false }
            guard ZStackFieldwise.same(lhs.requiredIp, rhs.requiredIp) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// 虚拟IP清单
    ///
    /// An ``InventoryReply`` of ``VipInventory``: the replies that differ only in that type share one generic type.
    ///
    /// - `inventory`: 虚拟IP清单
    public typealias Response = InventoryReply<VipInventory>
}

nonisolated extension ZStackClient {
    /// CreateVip
    ///
    /// 创建VIP
    ///
    /// 创建VIP
    ///
    /// `POST /zstack/v1/vips`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - description: 资源的详细描述
    ///   - ipRangeUuid: IP段UUID
    ///   - allocatorStrategy: 分配策略
    ///   - ipVersion: IP版本
    ///   - requiredIp: 请求的IP
    ///   - resourceUuid: 资源UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 虚拟IP清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVip(
        name: String,
        l3NetworkUuid: String,
        description: String? = nil,
        ipRangeUuid: String? = nil,
        allocatorStrategy: String? = nil,
        ipVersion: Int? = nil,
        requiredIp: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVip.Response {
        try await createVip(
            CreateVip.Request(
                name: name,
                l3NetworkUuid: l3NetworkUuid,
                description: description,
                ipRangeUuid: ipRangeUuid,
                allocatorStrategy: allocatorStrategy,
                ipVersion: ipVersion,
                requiredIp: requiredIp,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// CreateVip
    ///
    /// 创建VIP
    ///
    /// 创建VIP
    ///
    /// `POST /zstack/v1/vips`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 虚拟IP清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVip(
        _ request: CreateVip.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVip.Response {
        let call = ZStackRequestBuilder(operation: CreateVip.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.l3NetworkUuid, forKey: "l3NetworkUuid")
                try wrapped.encodeValue(request.ipRangeUuid, forKey: "ipRangeUuid")
                try wrapped.encodeValue(request.allocatorStrategy, forKey: "allocatorStrategy")
                try wrapped.encodeValue(request.ipVersion, forKey: "ipVersion")
                try wrapped.encodeValue(request.requiredIp, forKey: "requiredIp")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
