import HTTPTypes

/// CreateCluster
///
/// 管理员可以使用CreateCluster命令来创建一个集群
///
/// 管理员可以使用CreateCluster命令来创建一个集群
///
/// `POST /zstack/v1/clusters`, asynchronous, authorization required.
///
/// Category: cluster
public nonisolated enum CreateCluster {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateCluster",
            method: .post,
            pathTemplate: "/zstack/v1/clusters",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 区域UUID
        public let zoneUuid: String

        /// 资源名称
        public let name: String

        /// 虚拟机管理程序类型
        public let hypervisorType: CreateClusterHypervisorType

        /// 资源的详细描述
        public let description: String?

        /// 保留域, 请不要使用
        public let type: CreateClusterTypeValue?

        /// 当reourceUuid不等于null, ZStack使用这个值作为被创建资源的UUID; 否则ZStack会自动生成一个UUID
        public let resourceUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 集群架构
        public let architecture: CreateClusterArchitecture?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - zoneUuid: 区域UUID
        ///   - name: 资源名称
        ///   - hypervisorType: 虚拟机管理程序类型
        ///   - description: 资源的详细描述
        ///   - type: 保留域, 请不要使用
        ///   - resourceUuid: 当reourceUuid不等于null, ZStack使用这个值作为被创建资源的UUID; 否则ZStack会自动生成一个UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - architecture: 集群架构
        ///   - tagUuids: 标签UUID列表
        public init(
            zoneUuid: String,
            name: String,
            hypervisorType: CreateClusterHypervisorType,
            description: String? = nil,
            type: CreateClusterTypeValue? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            architecture: CreateClusterArchitecture? = nil,
            tagUuids: [String]? = nil
        ) {
            self.zoneUuid = zoneUuid
            self.name = name
            self.hypervisorType = hypervisorType
            self.description = description
            self.type = type
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.architecture = architecture
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
            guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.hypervisorType, rhs.hypervisorType) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.architecture, rhs.architecture) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// 集群清单
    ///
    /// An ``InventoryReply`` of ``ClusterInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<ClusterInventory>
}

nonisolated extension ZStackClient {
    /// CreateCluster
    ///
    /// 管理员可以使用CreateCluster命令来创建一个集群
    ///
    /// 管理员可以使用CreateCluster命令来创建一个集群
    ///
    /// `POST /zstack/v1/clusters`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - zoneUuid: 区域UUID
    ///   - name: 资源名称
    ///   - hypervisorType: 虚拟机管理程序类型
    ///   - description: 资源的详细描述
    ///   - type: 保留域, 请不要使用
    ///   - resourceUuid: 当reourceUuid不等于null, ZStack使用这个值作为被创建资源的UUID; 否则ZStack会自动生成一个UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - architecture: 集群架构
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 集群清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createCluster(
        zoneUuid: String,
        name: String,
        hypervisorType: CreateClusterHypervisorType,
        description: String? = nil,
        type: CreateClusterTypeValue? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        architecture: CreateClusterArchitecture? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateCluster.Response {
        try await createCluster(
            CreateCluster.Request(
                zoneUuid: zoneUuid,
                name: name,
                hypervisorType: hypervisorType,
                description: description,
                type: type,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                architecture: architecture,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// CreateCluster
    ///
    /// 管理员可以使用CreateCluster命令来创建一个集群
    ///
    /// 管理员可以使用CreateCluster命令来创建一个集群
    ///
    /// `POST /zstack/v1/clusters`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 集群清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createCluster(
        _ request: CreateCluster.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateCluster.Response {
        let call = ZStackRequestBuilder(operation: CreateCluster.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.zoneUuid, forKey: "zoneUuid")
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.hypervisorType, forKey: "hypervisorType")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.architecture, forKey: "architecture")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
