import HTTPTypes

/// 从云盘创建数据云盘镜像(CreateDataVolumeTemplateFromVolume)
///
/// 从指定的云盘创建出一个数据云盘镜像
///
/// `POST /zstack/v1/images/data-volume-templates/from/volumes/{volumeUuid}`, asynchronous, authorization required.
///
/// Category: image
public nonisolated enum CreateDataVolumeTemplateFromVolume {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateDataVolumeTemplateFromVolume",
            method: .post,
            pathTemplate: "/zstack/v1/images/data-volume-templates/from/volumes/{volumeUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 起始云盘UUID
        public let volumeUuid: String

        /// 数据云盘镜像名称
        public let name: String

        /// 数据云盘镜像的详细描述
        public let description: String?

        /// 镜像服务器UUID列表
        public let backupStorageUuids: [String]?

        /// 数据云盘镜像UUID。若指定，数据云盘镜像会使用该字段值作为UUID。
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
        ///   - volumeUuid: 起始云盘UUID
        ///   - name: 数据云盘镜像名称
        ///   - description: 数据云盘镜像的详细描述
        ///   - backupStorageUuids: 镜像服务器UUID列表
        ///   - resourceUuid: 数据云盘镜像UUID。若指定，数据云盘镜像会使用该字段值作为UUID。
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            volumeUuid: String,
            name: String,
            description: String? = nil,
            backupStorageUuids: [String]? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.volumeUuid = volumeUuid
            self.name = name
            self.description = description
            self.backupStorageUuids = backupStorageUuids
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
            guard ZStackFieldwise.same(lhs.volumeUuid, rhs.volumeUuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.backupStorageUuids, rhs.backupStorageUuids) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// 镜像清单
    ///
    /// An ``InventoryReply`` of ``ImageInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<ImageInventory>
}

nonisolated extension ZStackClient {
    /// 从云盘创建数据云盘镜像(CreateDataVolumeTemplateFromVolume)
    ///
    /// 从指定的云盘创建出一个数据云盘镜像
    ///
    /// `POST /zstack/v1/images/data-volume-templates/from/volumes/{volumeUuid}`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - volumeUuid: 起始云盘UUID
    ///   - name: 数据云盘镜像名称
    ///   - description: 数据云盘镜像的详细描述
    ///   - backupStorageUuids: 镜像服务器UUID列表
    ///   - resourceUuid: 数据云盘镜像UUID。若指定，数据云盘镜像会使用该字段值作为UUID。
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDataVolumeTemplateFromVolume(
        volumeUuid: String,
        name: String,
        description: String? = nil,
        backupStorageUuids: [String]? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDataVolumeTemplateFromVolume.Response {
        try await createDataVolumeTemplateFromVolume(
            CreateDataVolumeTemplateFromVolume.Request(
                volumeUuid: volumeUuid,
                name: name,
                description: description,
                backupStorageUuids: backupStorageUuids,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// 从云盘创建数据云盘镜像(CreateDataVolumeTemplateFromVolume)
    ///
    /// 从指定的云盘创建出一个数据云盘镜像
    ///
    /// `POST /zstack/v1/images/data-volume-templates/from/volumes/{volumeUuid}`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDataVolumeTemplateFromVolume(
        _ request: CreateDataVolumeTemplateFromVolume.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDataVolumeTemplateFromVolume.Response {
        let call = ZStackRequestBuilder(operation: CreateDataVolumeTemplateFromVolume.operation)
        call.setPathParameter("volumeUuid", to: request.volumeUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.backupStorageUuids, forKey: "backupStorageUuids")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
