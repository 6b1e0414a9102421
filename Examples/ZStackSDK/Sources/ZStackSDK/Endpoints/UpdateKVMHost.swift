import HTTPTypes

/// UpdateKVMHost
///
/// 更新KVM机信息
///
/// `PUT /zstack/v1/hosts/kvm/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum UpdateKVMHost {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateKVMHost",
            method: .put,
            pathTemplate: "/zstack/v1/hosts/kvm/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// 用户名
        public let username: String?

        /// 密码
        public let password: String?

        /// ssh端口号
        public let sshPort: Int?

        /// 资源名称
        public let name: String?

        /// 资源的详细描述
        public let description: String?

        /// 管理节点IP
        public let managementIp: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - username: 用户名
        ///   - password: 密码
        ///   - sshPort: ssh端口号
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - managementIp: 管理节点IP
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            username: String? = nil,
            password: String? = nil,
            sshPort: Int? = nil,
            name: String? = nil,
            description: String? = nil,
            managementIp: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.username = username
            self.password = password
            self.sshPort = sshPort
            self.name = name
            self.description = description
            self.managementIp = managementIp
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.username, rhs.username) else { return false }
            guard ZStackFieldwise.same(lhs.password, rhs.password) else { return false }
            guard ZStackFieldwise.same(lhs.sshPort, rhs.sshPort) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.managementIp, rhs.managementIp) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 更新后的云主机
    ///
    /// An ``InventoryReply`` of ``HostInventory``: the replies that differ only in that type share one generic type.
    ///
    /// - `inventory`: 更新后的云主机信息
    public typealias Response = InventoryReply<HostInventory>
}

nonisolated extension ZStackClient {
    /// UpdateKVMHost
    ///
    /// 更新KVM机信息
    ///
    /// `PUT /zstack/v1/hosts/kvm/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - username: 用户名
    ///   - password: 密码
    ///   - sshPort: ssh端口号
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - managementIp: 管理节点IP
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新后的云主机
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateKVMHost(
        uuid: String,
        username: String? = nil,
        password: String? = nil,
        sshPort: Int? = nil,
        name: String? = nil,
        description: String? = nil,
        managementIp: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateKVMHost.Response {
        try await updateKVMHost(
            UpdateKVMHost.Request(
                uuid: uuid,
                username: username,
                password: password,
                sshPort: sshPort,
                name: name,
                description: description,
                managementIp: managementIp,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateKVMHost
    ///
    /// 更新KVM机信息
    ///
    /// `PUT /zstack/v1/hosts/kvm/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新后的云主机
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateKVMHost(
        _ request: UpdateKVMHost.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateKVMHost.Response {
        let call = ZStackRequestBuilder(operation: UpdateKVMHost.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateKVMHost") { wrapped in
                try wrapped.encodeValue(request.username, forKey: "username")
                try wrapped.encodeValue(request.password, forKey: "password")
                try wrapped.encodeValue(request.sshPort, forKey: "sshPort")
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.managementIp, forKey: "managementIp")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
