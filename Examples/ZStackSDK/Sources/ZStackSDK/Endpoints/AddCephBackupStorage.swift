import HTTPTypes

/// 添加Ceph镜像服务器(AddCephBackupStorage)
///
/// 添加Ceph镜像服务器
///
/// `POST /zstack/v1/backup-storage/ceph`, asynchronous, authorization required.
///
/// Category: storage.ceph.backup
public nonisolated enum AddCephBackupStorage {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddCephBackupStorage",
            method: .post,
            pathTemplate: "/zstack/v1/backup-storage/ceph",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// Ceph mon 的地址列表
        public let monUrls: [String]

        /// 未使用
        public let url: String

        /// 镜像服务器名字
        public let name: String

        /// 用于存放镜像的 Ceph pool 的名字
        public let poolName: String?

        /// 镜像服务器的详细描述
        public let description: String?

        /// 镜像服务器的类型，此处为 Ceph
        public let type: String?

        /// 添加后是否导入镜像
        public let importImages: Bool?

        /// 资源UUID。若指定，镜像服务器会使用该字段值作为UUID。
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
        ///   - monUrls: Ceph mon 的地址列表
        ///   - url: 未使用
        ///   - name: 镜像服务器名字
        ///   - poolName: 用于存放镜像的 Ceph pool 的名字
        ///   - description: 镜像服务器的详细描述
        ///   - type: 镜像服务器的类型，此处为 Ceph
        ///   - importImages: 添加后是否导入镜像
        ///   - resourceUuid: 资源UUID。若指定，镜像服务器会使用该字段值作为UUID。
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            monUrls: [String],
            url: String,
            name: String,
            poolName: String? = nil,
            description: String? = nil,
            type: String? = nil,
            importImages: Bool? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.monUrls = monUrls
            self.url = url
            self.name = name
            self.poolName = poolName
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
            guard ZStackFieldwise.same(lhs.monUrls, rhs.monUrls) else { return false }
            guard ZStackFieldwise.same(lhs.url, rhs.url) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.poolName, rhs.poolName) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.importImages, rhs.importImages) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// 镜像服务器清单
    ///
    /// An ``InventoryReply`` of ``BackupStorageInventory``: the replies that differ only in that type share one generic
    /// type.
    ///
    /// - `inventory`: 镜像服务器信息清单
    public typealias Response = InventoryReply<BackupStorageInventory>
}

nonisolated extension ZStackClient {
    /// 添加Ceph镜像服务器(AddCephBackupStorage)
    ///
    /// 添加Ceph镜像服务器
    ///
    /// `POST /zstack/v1/backup-storage/ceph`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - monUrls: Ceph mon 的地址列表
    ///   - url: 未使用
    ///   - name: 镜像服务器名字
    ///   - poolName: 用于存放镜像的 Ceph pool 的名字
    ///   - description: 镜像服务器的详细描述
    ///   - type: 镜像服务器的类型，此处为 Ceph
    ///   - importImages: 添加后是否导入镜像
    ///   - resourceUuid: 资源UUID。若指定，镜像服务器会使用该字段值作为UUID。
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addCephBackupStorage(
        monUrls: [String],
        url: String,
        name: String,
        poolName: String? = nil,
        description: String? = nil,
        type: String? = nil,
        importImages: Bool? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddCephBackupStorage.Response {
        try await addCephBackupStorage(
            AddCephBackupStorage.Request(
                monUrls: monUrls,
                url: url,
                name: name,
                poolName: poolName,
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

    /// 添加Ceph镜像服务器(AddCephBackupStorage)
    ///
    /// 添加Ceph镜像服务器
    ///
    /// `POST /zstack/v1/backup-storage/ceph`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addCephBackupStorage(
        _ request: AddCephBackupStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddCephBackupStorage.Response {
        let call = ZStackRequestBuilder(operation: AddCephBackupStorage.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.monUrls, forKey: "monUrls")
                try wrapped.encodeValue(request.poolName, forKey: "poolName")
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
