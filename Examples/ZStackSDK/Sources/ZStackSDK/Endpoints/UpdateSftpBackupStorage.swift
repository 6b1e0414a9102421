import HTTPTypes

/// 更新Sftp镜像服务器属性(UpdateSftpBackupStorage)
///
/// 更新Sftp镜像服务器属性
///
/// `PUT /zstack/v1/backup-storage/sftp/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: storage.backup.sftp
public nonisolated enum UpdateSftpBackupStorage {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateSftpBackupStorage",
            method: .put,
            pathTemplate: "/zstack/v1/backup-storage/sftp/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 镜像服务器的UUID，唯一标示该资源
        public let uuid: String

        /// 镜像服务器登录用户名
        public let username: String?

        /// 镜像服务器登录密码
        public let password: String?

        /// 镜像服务器所在的物理机地址
        public let hostname: String?

        /// 镜像服务器所在物理机的登录端口
        public let sshPort: Int?

        /// 镜像服务器名称
        public let name: String?

        /// 镜像服务器的详细描述
        public let description: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 镜像服务器的UUID，唯一标示该资源
        ///   - username: 镜像服务器登录用户名
        ///   - password: 镜像服务器登录密码
        ///   - hostname: 镜像服务器所在的物理机地址
        ///   - sshPort: 镜像服务器所在物理机的登录端口
        ///   - name: 镜像服务器名称
        ///   - description: 镜像服务器的详细描述
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            username: String? = nil,
            password: String? = nil,
            hostname: String? = nil,
            sshPort: Int? = nil,
            name: String? = nil,
            description: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.username = username
            self.password = password
            self.hostname = hostname
            self.sshPort = sshPort
            self.name = name
            self.description = description
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
            guard ZStackFieldwise.same(lhs.hostname, rhs.hostname) else { return false }
            guard ZStackFieldwise.same(lhs.sshPort, rhs.sshPort) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 镜像服务器清单
    ///
    /// An ``InventoryReply`` of ``BackupStorageInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<BackupStorageInventory>
}

nonisolated extension ZStackClient {
    /// 更新Sftp镜像服务器属性(UpdateSftpBackupStorage)
    ///
    /// 更新Sftp镜像服务器属性
    ///
    /// `PUT /zstack/v1/backup-storage/sftp/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 镜像服务器的UUID，唯一标示该资源
    ///   - username: 镜像服务器登录用户名
    ///   - password: 镜像服务器登录密码
    ///   - hostname: 镜像服务器所在的物理机地址
    ///   - sshPort: 镜像服务器所在物理机的登录端口
    ///   - name: 镜像服务器名称
    ///   - description: 镜像服务器的详细描述
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateSftpBackupStorage(
        uuid: String,
        username: String? = nil,
        password: String? = nil,
        hostname: String? = nil,
        sshPort: Int? = nil,
        name: String? = nil,
        description: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateSftpBackupStorage.Response {
        try await updateSftpBackupStorage(
            UpdateSftpBackupStorage.Request(
                uuid: uuid,
                username: username,
                password: password,
                hostname: hostname,
                sshPort: sshPort,
                name: name,
                description: description,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 更新Sftp镜像服务器属性(UpdateSftpBackupStorage)
    ///
    /// 更新Sftp镜像服务器属性
    ///
    /// `PUT /zstack/v1/backup-storage/sftp/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateSftpBackupStorage(
        _ request: UpdateSftpBackupStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateSftpBackupStorage.Response {
        let call = ZStackRequestBuilder(operation: UpdateSftpBackupStorage.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateSftpBackupStorage") { wrapped in
                try wrapped.encodeValue(request.username, forKey: "username")
                try wrapped.encodeValue(request.password, forKey: "password")
                try wrapped.encodeValue(request.hostname, forKey: "hostname")
                try wrapped.encodeValue(request.sshPort, forKey: "sshPort")
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
