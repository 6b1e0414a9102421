import HTTPTypes

/// AddKVMHost
///
/// 添加KVM主机
///
/// 添加KVM主机
///
/// `POST /zstack/v1/hosts/kvm`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum AddKVMHost {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddKVMHost",
            method: .post,
            pathTemplate: "/zstack/v1/hosts/kvm",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// ssh用户名
        public let username: String

        /// ssh密码
        public let password: String

        /// 资源名称
        public let name: String

        /// 物理机管理节点IP
        public let managementIp: String

        /// 集群UUID
        public let clusterUuid: String

        /// ssh端口号
        public let sshPort: Int?

        /// 资源的详细描述
        public let description: String?

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
        ///   - username: ssh用户名
        ///   - password: ssh密码
        ///   - name: 资源名称
        ///   - managementIp: 物理机管理节点IP
        ///   - clusterUuid: 集群UUID
        ///   - sshPort: ssh端口号
        ///   - description: 资源的详细描述
        ///   - resourceUuid: 资源UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            username: String,
            password: String,
            name: String,
            managementIp: String,
            clusterUuid: String,
            sshPort: Int? = nil,
            description: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.username = username
            self.password = password
            self.name = name
            self.managementIp = managementIp
            self.clusterUuid = clusterUuid
            self.sshPort = sshPort
            self.description = description
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
            guard ZStackFieldwise.same(lhs.username, rhs.username) else { return false }
            guard ZStackFieldwise.same(lhs.password, rhs.password) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.managementIp, rhs.managementIp) else { return false }
            guard ZStackFieldwise.same(lhs.clusterUuid, rhs.clusterUuid) else { return false }
            guard ZStackFieldwise.same(lhs.sshPort, rhs.sshPort) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// 添加物理机消息回复
    ///
    /// An ``InventoryReply`` of ``HostInventory``: the replies that differ only in that type share one generic type.
    ///
    /// - `inventory`: 被添加的物理机的详细信息
    public typealias Response = InventoryReply<HostInventory>
}

nonisolated extension ZStackClient {
    /// AddKVMHost
    ///
    /// 添加KVM主机
    ///
    /// 添加KVM主机
    ///
    /// `POST /zstack/v1/hosts/kvm`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - username: ssh用户名
    ///   - password: ssh密码
    ///   - name: 资源名称
    ///   - managementIp: 物理机管理节点IP
    ///   - clusterUuid: 集群UUID
    ///   - sshPort: ssh端口号
    ///   - description: 资源的详细描述
    ///   - resourceUuid: 资源UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 添加物理机消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addKVMHost(
        username: String,
        password: String,
        name: String,
        managementIp: String,
        clusterUuid: String,
        sshPort: Int? = nil,
        description: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddKVMHost.Response {
        try await addKVMHost(
            AddKVMHost.Request(
                username: username,
                password: password,
                name: name,
                managementIp: managementIp,
                clusterUuid: clusterUuid,
                sshPort: sshPort,
                description: description,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// AddKVMHost
    ///
    /// 添加KVM主机
    ///
    /// 添加KVM主机
    ///
    /// `POST /zstack/v1/hosts/kvm`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 添加物理机消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addKVMHost(
        _ request: AddKVMHost.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddKVMHost.Response {
        let call = ZStackRequestBuilder(operation: AddKVMHost.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.username, forKey: "username")
                try wrapped.encodeValue(request.password, forKey: "password")
                try wrapped.encodeValue(request.sshPort, forKey: "sshPort")
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.managementIp, forKey: "managementIp")
                try wrapped.encodeValue(request.clusterUuid, forKey: "clusterUuid")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
