import HTTPTypes

/// 更新 Ceph 镜像服务器 mon 节点(UpdateCephBackupStorageMon)
///
/// 更新 Ceph 镜像服务器 mon 节点
///
/// `PUT /zstack/v1/backup-storage/ceph/mons/{monUuid}/actions`, asynchronous, authorization required.
///
/// Category: storage.ceph.backup
public nonisolated enum UpdateCephBackupStorageMon {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateCephBackupStorageMon",
            method: .put,
            pathTemplate: "/zstack/v1/backup-storage/ceph/mons/{monUuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// mon 节点UUID
        public let monUuid: String

        /// mon 节点新主机地址
        public let hostname: String?

        /// mon 节点主机 ssh 用户名
        public let sshUsername: String?

        /// mon 节点主机 ssh 用户密码
        public let sshPassword: String?

        /// mon 节点主机 ssh 端口
        public let sshPort: Int?

        /// mon 节点的端口
        public let monPort: Int?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - monUuid: mon 节点UUID
        ///   - hostname: mon 节点新主机地址
        ///   - sshUsername: mon 节点主机 ssh 用户名
        ///   - sshPassword: mon 节点主机 ssh 用户密码
        ///   - sshPort: mon 节点主机 ssh 端口
        ///   - monPort: mon 节点的端口
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            monUuid: String,
            hostname: String? = nil,
            sshUsername: String? = nil,
            sshPassword: String? = nil,
            sshPort: Int? = nil,
            monPort: Int? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.monUuid = monUuid
            self.hostname = hostname
            self.sshUsername = sshUsername
            self.sshPassword = sshPassword
            self.sshPort = sshPort
            self.monPort = monPort
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
            guard ZStackFieldwise.same(lhs.monUuid, rhs.monUuid) else { return false }
            guard ZStackFieldwise.same(lhs.hostname, rhs.hostname) else { return false }
            guard ZStackFieldwise.same(lhs.sshUsername, rhs.sshUsername) else { return false }
            guard ZStackFieldwise.same(lhs.sshPassword, rhs.sshPassword) else { return false }
            guard ZStackFieldwise.same(lhs.sshPort, rhs.sshPort) else { return false }
            guard ZStackFieldwise.same(lhs.monPort, rhs.monPort) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// Ceph 镜像服务器清单
    ///
    /// An ``InventoryReply`` of ``CephBackupStorageInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<CephBackupStorageInventory>
}

nonisolated extension ZStackClient {
    /// 更新 Ceph 镜像服务器 mon 节点(UpdateCephBackupStorageMon)
    ///
    /// 更新 Ceph 镜像服务器 mon 节点
    ///
    /// `PUT /zstack/v1/backup-storage/ceph/mons/{monUuid}/actions`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - monUuid: mon 节点UUID
    ///   - hostname: mon 节点新主机地址
    ///   - sshUsername: mon 节点主机 ssh 用户名
    ///   - sshPassword: mon 节点主机 ssh 用户密码
    ///   - sshPort: mon 节点主机 ssh 端口
    ///   - monPort: mon 节点的端口
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: Ceph 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateCephBackupStorageMon(
        monUuid: String,
        hostname: String? = nil,
        sshUsername: String? = nil,
        sshPassword: String? = nil,
        sshPort: Int? = nil,
        monPort: Int? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateCephBackupStorageMon.Response {
        try await updateCephBackupStorageMon(
            UpdateCephBackupStorageMon.Request(
                monUuid: monUuid,
                hostname: hostname,
                sshUsername: sshUsername,
                sshPassword: sshPassword,
                sshPort: sshPort,
                monPort: monPort,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 更新 Ceph 镜像服务器 mon 节点(UpdateCephBackupStorageMon)
    ///
    /// 更新 Ceph 镜像服务器 mon 节点
    ///
    /// `PUT /zstack/v1/backup-storage/ceph/mons/{monUuid}/actions`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: Ceph 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateCephBackupStorageMon(
        _ request: UpdateCephBackupStorageMon.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateCephBackupStorageMon.Response {
        let call = ZStackRequestBuilder(operation: UpdateCephBackupStorageMon.operation)
        call.setPathParameter("monUuid", to: request.monUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateCephBackupStorageMon") { wrapped in
                try wrapped.encodeValue(request.hostname, forKey: "hostname")
                try wrapped.encodeValue(request.sshUsername, forKey: "sshUsername")
                try wrapped.encodeValue(request.sshPassword, forKey: "sshPassword")
                try wrapped.encodeValue(request.sshPort, forKey: "sshPort")
                try wrapped.encodeValue(request.monPort, forKey: "monPort")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
