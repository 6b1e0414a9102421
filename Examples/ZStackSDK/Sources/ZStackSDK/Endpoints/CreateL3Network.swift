import HTTPTypes

/// 创建三层网络(CreateL3Network)
///
/// 创建三层网络
///
/// `POST /zstack/v1/l3-networks`, asynchronous, authorization required.
///
/// Category: 三层网络
public nonisolated enum CreateL3Network {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateL3Network",
            method: .post,
            pathTemplate: "/zstack/v1/l3-networks",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 三层网络的名称
        public let name: String

        /// 二层网络UUID
        public let l2NetworkUuid: String

        /// 三层网络的详细描述
        public let description: String?

        /// 三层网络类型
        public let type: String?

        /// ip协议号
        public let ipVersion: CreateL3NetworkIpVersion?

        /// 是否用于系统云主机
        public let system: Bool?

        /// DNS域
        public let dnsDomain: String?

        /// 资源UUID。若指定，三层网络会使用该字段值作为UUID
        public let resourceUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 网络类型，需要与system标签搭配使用，system为true时可设置为Public、Private
        public let category: CreateL3NetworkCategory?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// IP地址管理是否启用
        public let enableIPAM: Bool?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 三层网络的名称
        ///   - l2NetworkUuid: 二层网络UUID
        ///   - description: 三层网络的详细描述
        ///   - type: 三层网络类型
        ///   - ipVersion: ip协议号
        ///   - system: 是否用于系统云主机
        ///   - dnsDomain: DNS域
        ///   - resourceUuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - category: 网络类型，需要与system标签搭配使用，system为true时可设置为Public、Private
        ///   - tagUuids: 标签UUID列表
        ///   - enableIPAM: IP地址管理是否启用
        public init(
            name: String,
            l2NetworkUuid: String,
            description: String? = nil,
            type: String? = nil,
            ipVersion: CreateL3NetworkIpVersion? = nil,
            system: Bool? = nil,
            dnsDomain: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            category: CreateL3NetworkCategory? = nil,
            tagUuids: [String]? = nil,
            enableIPAM: Bool? = nil
        ) {
            self.name = name
            self.l2NetworkUuid = l2NetworkUuid
            self.description = description
            self.type = type
            self.ipVersion = ipVersion
            self.system = system
            self.dnsDomain = dnsDomain
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.category = category
            self.tagUuids = tagUuids
            self.enableIPAM = enableIPAM
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
            guard ZStackFieldwise.same(lhs.l2NetworkUuid, rhs.l2NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.ipVersion, rhs.ipVersion) else { return false }
            guard ZStackFieldwise.same(lhs.system, rhs.system) else { return false }
            guard ZStackFieldwise.same(lhs.dnsDomain, rhs.dnsDomain) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.category, rhs.category) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            return ZStackFieldwise.same(lhs.enableIPAM, rhs.enableIPAM)
        }
    }

    /// 三层网络清单
    ///
    /// An ``InventoryReply`` of ``L3NetworkInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<L3NetworkInventory>
}

nonisolated extension ZStackClient {
    /// 创建三层网络(CreateL3Network)
    ///
    /// 创建三层网络
    ///
    /// `POST /zstack/v1/l3-networks`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - name: 三层网络的名称
    ///   - l2NetworkUuid: 二层网络UUID
    ///   - description: 三层网络的详细描述
    ///   - type: 三层网络类型
    ///   - ipVersion: ip协议号
    ///   - system: 是否用于系统云主机
    ///   - dnsDomain: DNS域
    ///   - resourceUuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - category: 网络类型，需要与system标签搭配使用，system为true时可设置为Public、Private
    ///   - tagUuids: 标签UUID列表
    ///   - enableIPAM: IP地址管理是否启用
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createL3Network(
        name: String,
        l2NetworkUuid: String,
        description: String? = nil,
        type: String? = nil,
        ipVersion: CreateL3NetworkIpVersion? = nil,
        system: Bool? = nil,
        dnsDomain: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        category: CreateL3NetworkCategory? = nil,
        tagUuids: [String]? = nil,
        enableIPAM: Bool? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateL3Network.Response {
        try await createL3Network(
            CreateL3Network.Request(
                name: name,
                l2NetworkUuid: l2NetworkUuid,
                description: description,
                type: type,
                ipVersion: ipVersion,
                system: system,
                dnsDomain: dnsDomain,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                category: category,
                tagUuids: tagUuids,
                enableIPAM: enableIPAM
            ),
            polling: polling
        )
    }

    /// 创建三层网络(CreateL3Network)
    ///
    /// 创建三层网络
    ///
    /// `POST /zstack/v1/l3-networks`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createL3Network(
        _ request: CreateL3Network.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateL3Network.Response {
        let call = ZStackRequestBuilder(operation: CreateL3Network.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.l2NetworkUuid, forKey: "l2NetworkUuid")
                try wrapped.encodeValue(request.ipVersion, forKey: "ipVersion")
                try wrapped.encodeValue(request.system, forKey: "system")
                try wrapped.encodeValue(request.dnsDomain, forKey: "dnsDomain")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.category, forKey: "category")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
                try wrapped.encodeValue(request.enableIPAM, forKey: "enableIPAM")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
