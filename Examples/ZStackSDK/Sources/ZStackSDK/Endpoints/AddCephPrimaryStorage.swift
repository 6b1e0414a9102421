import HTTPTypes

/// 添加 Ceph 主存储(AddCephPrimaryStorage)
///
/// 添加 Ceph 主存储
///
/// `POST /zstack/v1/primary-storage/ceph`, asynchronous, authorization required.
///
/// Category: storage.ceph.primary
public nonisolated enum AddCephPrimaryStorage {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddCephPrimaryStorage",
            method: .post,
            pathTemplate: "/zstack/v1/primary-storage/ceph",
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

        /// Ceph 主存储的名称
        public let name: String

        /// 区域UUID
        public let zoneUuid: String

        /// 指定 Root Volume 可使用的 Ceph pool 名字
        public let rootVolumePoolName: String?

        /// 指定 Data Volume 可使用的 Ceph pool 名字
        public let dataVolumePoolName: String?

        /// 指定镜像缓存可使用的 Ceph pool 名字
        public let imageCachePoolName: String?

        /// Ceph 主存储的详细描述
        public let description: String?

        /// Ceph 主存储的类型，此处为 Ceph
        public let type: String?

        /// 资源UUID。若指定，Ceph 主存储会使用该字段值作为UUID。
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
        ///   - name: Ceph 主存储的名称
        ///   - zoneUuid: 区域UUID
        ///   - rootVolumePoolName: 指定 Root Volume 可使用的 Ceph pool 名字
        ///   - dataVolumePoolName: 指定 Data Volume 可使用的 Ceph pool 名字
        ///   - imageCachePoolName: 指定镜像缓存可使用的 Ceph pool 名字
        ///   - description: Ceph 主存储的详细描述
        ///   - type: Ceph 主存储的类型，此处为 Ceph
        ///   - resourceUuid: 资源UUID。若指定，Ceph 主存储会使用该字段值作为UUID。
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            monUrls: [String],
            url: String,
            name: String,
            zoneUuid: String,
            rootVolumePoolName: String? = nil,
            dataVolumePoolName: String? = nil,
            imageCachePoolName: String? = nil,
            description: String? = nil,
            type: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.monUrls = monUrls
            self.url = url
            self.name = name
            self.zoneUuid = zoneUuid
            self.rootVolumePoolName = rootVolumePoolName
            self.dataVolumePoolName = dataVolumePoolName
            self.imageCachePoolName = imageCachePoolName
            self.description = description
            self.type = type
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
            guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
            guard ZStackFieldwise.same(lhs.rootVolumePoolName, rhs.rootVolumePoolName) else { return false }
            guard ZStackFieldwise.same(lhs.dataVolumePoolName, rhs.dataVolumePoolName) else { return false }
            guard ZStackFieldwise.same(lhs.imageCachePoolName, rhs.imageCachePoolName) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// 主存储清单
    ///
    /// An ``InventoryReply`` of ``PrimaryStorageInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<PrimaryStorageInventory>
}

nonisolated extension ZStackClient {
    /// 添加 Ceph 主存储(AddCephPrimaryStorage)
    ///
    /// 添加 Ceph 主存储
    ///
    /// `POST /zstack/v1/primary-storage/ceph`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - monUrls: Ceph mon 的地址列表
    ///   - url: 未使用
    ///   - name: Ceph 主存储的名称
    ///   - zoneUuid: 区域UUID
    ///   - rootVolumePoolName: 指定 Root Volume 可使用的 Ceph pool 名字
    ///   - dataVolumePoolName: 指定 Data Volume 可使用的 Ceph pool 名字
    ///   - imageCachePoolName: 指定镜像缓存可使用的 Ceph pool 名字
    ///   - description: Ceph 主存储的详细描述
    ///   - type: Ceph 主存储的类型，此处为 Ceph
    ///   - resourceUuid: 资源UUID。若指定，Ceph 主存储会使用该字段值作为UUID。
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addCephPrimaryStorage(
        monUrls: [String],
        url: String,
        name: String,
        zoneUuid: String,
        rootVolumePoolName: String? = nil,
        dataVolumePoolName: String? = nil,
        imageCachePoolName: String? = nil,
        description: String? = nil,
        type: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddCephPrimaryStorage.Response {
        try await addCephPrimaryStorage(
            AddCephPrimaryStorage.Request(
                monUrls: monUrls,
                url: url,
                name: name,
                zoneUuid: zoneUuid,
                rootVolumePoolName: rootVolumePoolName,
                dataVolumePoolName: dataVolumePoolName,
                imageCachePoolName: imageCachePoolName,
                description: description,
                type: type,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// 添加 Ceph 主存储(AddCephPrimaryStorage)
    ///
    /// 添加 Ceph 主存储
    ///
    /// `POST /zstack/v1/primary-storage/ceph`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addCephPrimaryStorage(
        _ request: AddCephPrimaryStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddCephPrimaryStorage.Response {
        let call = ZStackRequestBuilder(operation: AddCephPrimaryStorage.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.monUrls, forKey: "monUrls")
                try wrapped.encodeValue(request.rootVolumePoolName, forKey: "rootVolumePoolName")
                try wrapped.encodeValue(request.dataVolumePoolName, forKey: "dataVolumePoolName")
                try wrapped.encodeValue(request.imageCachePoolName, forKey: "imageCachePoolName")
                try wrapped.encodeValue(request.url, forKey: "url")
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.zoneUuid, forKey: "zoneUuid")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
