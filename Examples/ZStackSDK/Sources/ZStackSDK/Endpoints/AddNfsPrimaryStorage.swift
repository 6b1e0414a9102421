import HTTPTypes

/// 添加 NFS 主存储(AddNfsPrimaryStorage)
///
/// 添加 NFS 主存储
///
/// `POST /zstack/v1/primary-storage/nfs`, asynchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum AddNfsPrimaryStorage {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddNfsPrimaryStorage",
            method: .post,
            pathTemplate: "/zstack/v1/primary-storage/nfs",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// NFS 公开地址，格式为 nfs-host:/path/to/export
        public let url: String

        /// NFS 主存储名称
        public let name: String

        /// 区域UUID
        public let zoneUuid: String

        /// NFS 主存储的详细描述
        public let description: String?

        /// 类型为 NFS
        public let type: String?

        /// 资源UUID。若指定，NFS 主存储会使用该字段值作为UUID。
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
        ///   - url: NFS 公开地址，格式为 nfs-host:/path/to/export
        ///   - name: NFS 主存储名称
        ///   - zoneUuid: 区域UUID
        ///   - description: NFS 主存储的详细描述
        ///   - type: 类型为 NFS
        ///   - resourceUuid: 资源UUID。若指定，NFS 主存储会使用该字段值作为UUID。
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            url: String,
            name: String,
            zoneUuid: String,
            description: String? = nil,
            type: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.url = url
            self.name = name
            self.zoneUuid = zoneUuid
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
            guard ZStackFieldwise.same(lhs.url, rhs.url) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
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
    /// 添加 NFS 主存储(AddNfsPrimaryStorage)
    ///
    /// 添加 NFS 主存储
    ///
    /// `POST /zstack/v1/primary-storage/nfs`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - url: NFS 公开地址，格式为 nfs-host:/path/to/export
    ///   - name: NFS 主存储名称
    ///   - zoneUuid: 区域UUID
    ///   - description: NFS 主存储的详细描述
    ///   - type: 类型为 NFS
    ///   - resourceUuid: 资源UUID。若指定，NFS 主存储会使用该字段值作为UUID。
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addNfsPrimaryStorage(
        url: String,
        name: String,
        zoneUuid: String,
        description: String? = nil,
        type: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddNfsPrimaryStorage.Response {
        try await addNfsPrimaryStorage(
            AddNfsPrimaryStorage.Request(
                url: url,
                name: name,
                zoneUuid: zoneUuid,
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

    /// 添加 NFS 主存储(AddNfsPrimaryStorage)
    ///
    /// 添加 NFS 主存储
    ///
    /// `POST /zstack/v1/primary-storage/nfs`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addNfsPrimaryStorage(
        _ request: AddNfsPrimaryStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddNfsPrimaryStorage.Response {
        let call = ZStackRequestBuilder(operation: AddNfsPrimaryStorage.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
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
