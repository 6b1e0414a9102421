import HTTPTypes

/// 从云盘快照创建根云盘镜像(CreateRootVolumeTemplateFromVolumeSnapshot)
///
/// 从云盘快照创建根云盘镜像
///
/// `POST /zstack/v1/images/root-volume-templates/from/volume-snapshots/{snapshotUuid}`, asynchronous, authorization
/// required.
///
/// Category: image
public nonisolated enum CreateRootVolumeTemplateFromVolumeSnapshot {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateRootVolumeTemplateFromVolumeSnapshot",
            method: .post,
            pathTemplate: "/zstack/v1/images/root-volume-templates/from/volume-snapshots/{snapshotUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 快照UUID
        public let snapshotUuid: String

        /// 根云盘名称
        public let name: String

        /// 镜像服务器UUID列表
        public let backupStorageUuids: [String]

        /// 根云盘的详细描述
        public let description: String?

        /// 根云盘客户机操作系统类型
        public let guestOsType: String?

        /// 根云盘系统平台
        public let platform: CreateRootVolumeTemplateFromVolumeSnapshotPlatform?

        /// 是否系统根云盘
        public let system: Bool?

        /// 根云盘UUID。若指定，根云盘会使用该字段值作为UUID。
        public let resourceUuid: String?

        /// 系统镜像
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `architecture` field.
        public let architecture: String?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// The `virtio` field.
        public let virtio: Bool?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - snapshotUuid: 快照UUID
        ///   - name: 根云盘名称
        ///   - backupStorageUuids: 镜像服务器UUID列表
        ///   - description: 根云盘的详细描述
        ///   - guestOsType: 根云盘客户机操作系统类型
        ///   - platform: 根云盘系统平台
        ///   - system: 是否系统根云盘
        ///   - resourceUuid: 根云盘UUID。若指定，根云盘会使用该字段值作为UUID。
        ///   - systemTags: 系统镜像
        ///   - userTags: 用户标签
        ///   - architecture: The `architecture` field.
        ///   - tagUuids: 标签UUID列表
        ///   - virtio: The `virtio` field.
        public init(
            snapshotUuid: String,
            name: String,
            backupStorageUuids: [String],
            description: String? = nil,
            guestOsType: String? = nil,
            platform: CreateRootVolumeTemplateFromVolumeSnapshotPlatform? = nil,
            system: Bool? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            architecture: String? = nil,
            tagUuids: [String]? = nil,
            virtio: Bool? = nil
        ) {
            self.snapshotUuid = snapshotUuid
            self.name = name
            self.backupStorageUuids = backupStorageUuids
            self.description = description
            self.guestOsType = guestOsType
            self.platform = platform
            self.system = system
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.architecture = architecture
            self.tagUuids = tagUuids
            self.virtio = virtio
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
            guard ZStackFieldwise.same(lhs.snapshotUuid, rhs.snapshotUuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.backupStorageUuids, rhs.backupStorageUuids) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.guestOsType, rhs.guestOsType) else { return false }
            guard ZStackFieldwise.same(lhs.platform, rhs.platform) else { return false }
            guard ZStackFieldwise.same(lhs.system, rhs.system) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.architecture, rhs.architecture) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            return ZStackFieldwise.same(lhs.virtio, rhs.virtio)
        }
    }

    /// 镜像清单
    ///
    /// The same type as ``CreateDataVolumeTemplateFromVolumeSnapshot/Response``: the replies have the same fields.
    public typealias Response = CreateDataVolumeTemplateFromVolumeSnapshot.Response
}

nonisolated extension ZStackClient {
    /// 从云盘快照创建根云盘镜像(CreateRootVolumeTemplateFromVolumeSnapshot)
    ///
    /// 从云盘快照创建根云盘镜像
    ///
    /// `POST /zstack/v1/images/root-volume-templates/from/volume-snapshots/{snapshotUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - snapshotUuid: 快照UUID
    ///   - name: 根云盘名称
    ///   - backupStorageUuids: 镜像服务器UUID列表
    ///   - description: 根云盘的详细描述
    ///   - guestOsType: 根云盘客户机操作系统类型
    ///   - platform: 根云盘系统平台
    ///   - system: 是否系统根云盘
    ///   - resourceUuid: 根云盘UUID。若指定，根云盘会使用该字段值作为UUID。
    ///   - systemTags: 系统镜像
    ///   - userTags: 用户标签
    ///   - architecture: The `architecture` field.
    ///   - tagUuids: 标签UUID列表
    ///   - virtio: The `virtio` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createRootVolumeTemplateFromVolumeSnapshot(
        snapshotUuid: String,
        name: String,
        backupStorageUuids: [String],
        description: String? = nil,
        guestOsType: String? = nil,
        platform: CreateRootVolumeTemplateFromVolumeSnapshotPlatform? = nil,
        system: Bool? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        architecture: String? = nil,
        tagUuids: [String]? = nil,
        virtio: Bool? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateRootVolumeTemplateFromVolumeSnapshot.Response {
        try await createRootVolumeTemplateFromVolumeSnapshot(
            CreateRootVolumeTemplateFromVolumeSnapshot.Request(
                snapshotUuid: snapshotUuid,
                name: name,
                backupStorageUuids: backupStorageUuids,
                description: description,
                guestOsType: guestOsType,
                platform: platform,
                system: system,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                architecture: architecture,
                tagUuids: tagUuids,
                virtio: virtio
            ),
            polling: polling
        )
    }

    /// 从云盘快照创建根云盘镜像(CreateRootVolumeTemplateFromVolumeSnapshot)
    ///
    /// 从云盘快照创建根云盘镜像
    ///
    /// `POST /zstack/v1/images/root-volume-templates/from/volume-snapshots/{snapshotUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createRootVolumeTemplateFromVolumeSnapshot(
        _ request: CreateRootVolumeTemplateFromVolumeSnapshot.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateRootVolumeTemplateFromVolumeSnapshot.Response {
        let call = ZStackRequestBuilder(operation: CreateRootVolumeTemplateFromVolumeSnapshot.operation)
        call.setPathParameter("snapshotUuid", to: request.snapshotUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.guestOsType, forKey: "guestOsType")
                try wrapped.encodeValue(request.backupStorageUuids, forKey: "backupStorageUuids")
                try wrapped.encodeValue(request.platform, forKey: "platform")
                try wrapped.encodeValue(request.system, forKey: "system")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.architecture, forKey: "architecture")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
                try wrapped.encodeValue(request.virtio, forKey: "virtio")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
