import HTTPTypes

/// 添加sftp镜像服务器(AddSftpBackupStorage)
///
/// 添加sftp镜像服务器
///
/// `POST /zstack/v1/backup-storage/sftp`, asynchronous, authorization required.
///
/// Category: storage.backup.sftp
public nonisolated enum AddSftpBackupStorage {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddSftpBackupStorage",
            method: .post,
            pathTemplate: "/zstack/v1/backup-storage/sftp",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 服务器主机地址
        public let hostname: String

        /// 服务器 SSH 用户名 (用于 Ansible 部署)
        public let username: String

        /// 服务器 SSH 用户密码
        public let password: String

        /// sftp数据存放地址
        public let url: String

        /// sftp镜像服务器名称
        public let name: String

        /// 服务器 SSH 端口
        public let sshPort: Int?

        /// sftp镜像服务器的详细描述
        public let description: String?

        /// 这里是 SftpBackupStorage
        public let type: String?

        /// 是否导入镜像
        public let importImages: Bool?

        /// 资源UUID。若指定，镜像服务器会使用该字段值作为UUID
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
        ///   - hostname: 服务器主机地址
        ///   - username: 服务器 SSH 用户名 (用于 Ansible 部署)
        ///   - password: 服务器 SSH 用户密码
        ///   - url: sftp数据存放地址
        ///   - name: sftp镜像服务器名称
        ///   - sshPort: 服务器 SSH 端口
        ///   - description: sftp镜像服务器的详细描述
        ///   - type: 这里是 SftpBackupStorage
        ///   - importImages: 是否导入镜像
        ///   - resourceUuid: 资源UUID。若指定，镜像服务器会使用该字段值作为UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            hostname: String,
            username: String,
            password: String,
            url: String,
            name: String,
            sshPort: Int? = nil,
            description: String? = nil,
            type: String? = nil,
            importImages: Bool? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.hostname = hostname
            self.username = username
            self.password = password
            self.url = url
            self.name = name
            self.sshPort = sshPort
            self.description = description
            self.type = type
            self.importImages = importImages
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
            guard ZStackFieldwise.same(lhs.hostname, rhs.hostname) else { return false }
            guard ZStackFieldwise.same(lhs.username, rhs.username) else { return false }
            guard ZStackFieldwise.same(lhs.password, rhs.password) else { return false }
            guard ZStackFieldwise.same(lhs.url, rhs.url) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.sshPort, rhs.sshPort) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.importImages, rhs.importImages) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// Sftp镜像服务器清单
    ///
    /// An ``InventoryReply`` of ``SftpBackupStorageInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<SftpBackupStorageInventory>
}

nonisolated extension ZStackClient {
    /// 添加sftp镜像服务器(AddSftpBackupStorage)
    ///
    /// 添加sftp镜像服务器
    ///
    /// `POST /zstack/v1/backup-storage/sftp`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - hostname: 服务器主机地址
    ///   - username: 服务器 SSH 用户名 (用于 Ansible 部署)
    ///   - password: 服务器 SSH 用户密码
    ///   - url: sftp数据存放地址
    ///   - name: sftp镜像服务器名称
    ///   - sshPort: 服务器 SSH 端口
    ///   - description: sftp镜像服务器的详细描述
    ///   - type: 这里是 SftpBackupStorage
    ///   - importImages: 是否导入镜像
    ///   - resourceUuid: 资源UUID。若指定，镜像服务器会使用该字段值作为UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: Sftp镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addSftpBackupStorage(
        hostname: String,
        username: String,
        password: String,
        url: String,
        name: String,
        sshPort: Int? = nil,
        description: String? = nil,
        type: String? = nil,
        importImages: Bool? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddSftpBackupStorage.Response {
        try await addSftpBackupStorage(
            AddSftpBackupStorage.Request(
                hostname: hostname,
                username: username,
                password: password,
                url: url,
                name: name,
                sshPort: sshPort,
                description: description,
                type: type,
                importImages: importImages,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// 添加sftp镜像服务器(AddSftpBackupStorage)
    ///
    /// 添加sftp镜像服务器
    ///
    /// `POST /zstack/v1/backup-storage/sftp`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: Sftp镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addSftpBackupStorage(
        _ request: AddSftpBackupStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddSftpBackupStorage.Response {
        let call = ZStackRequestBuilder(operation: AddSftpBackupStorage.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.hostname, forKey: "hostname")
                try wrapped.encodeValue(request.username, forKey: "username")
                try wrapped.encodeValue(request.password, forKey: "password")
                try wrapped.encodeValue(request.sshPort, forKey: "sshPort")
                try wrapped.encodeValue(request.url, forKey: "url")
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.importImages, forKey: "importImages")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
