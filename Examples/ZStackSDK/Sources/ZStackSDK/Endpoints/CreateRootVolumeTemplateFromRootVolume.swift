import HTTPTypes

/// 从根云盘创建根云盘镜像(CreateRootVolumeTemplateFromRootVolume)
///
/// 从根云盘创建根云盘镜像
///
/// `POST /zstack/v1/images/root-volume-templates/from/volumes/{rootVolumeUuid}`, asynchronous, authorization required.
///
/// Category: image
public nonisolated enum CreateRootVolumeTemplateFromRootVolume {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateRootVolumeTemplateFromRootVolume",
            method: .post,
            pathTemplate: "/zstack/v1/images/root-volume-templates/from/volumes/{rootVolumeUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 根云盘UUID
        public let rootVolumeUuid: String

        /// 根云盘镜像名称
        public let name: String

        /// 根云盘镜像的详细描述
        public let description: String?

        /// 根云盘镜像对应客户机操作系统类型
        public let guestOsType: String?

        /// 镜像服务器UUID列表
        public let backupStorageUuids: [String]?

        /// 根云盘镜像对应的系统平台
        public let platform: CreateRootVolumeTemplateFromRootVolumePlatform?

        /// 是否系统根云盘镜像
        public let system: Bool?

        /// 根云盘镜像UUID。若指定，根云盘镜像会使用该字段值作为UUID。
        public let resourceUuid: String?

        /// 系统标签
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
        ///   - rootVolumeUuid: 根云盘UUID
        ///   - name: 根云盘镜像名称
        ///   - description: 根云盘镜像的详细描述
        ///   - guestOsType: 根云盘镜像对应客户机操作系统类型
        ///   - backupStorageUuids: 镜像服务器UUID列表
        ///   - platform: 根云盘镜像对应的系统平台
        ///   - system: 是否系统根云盘镜像
        ///   - resourceUuid: 根云盘镜像UUID。若指定，根云盘镜像会使用该字段值作为UUID。
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - architecture: The `architecture` field.
        ///   - tagUuids: 标签UUID列表
        ///   - virtio: The `virtio` field.
        public init(
            rootVolumeUuid: String,
            name: String,
            description: String? = nil,
            guestOsType: String? = nil,
            backupStorageUuids: [String]? = nil,
            platform: CreateRootVolumeTemplateFromRootVolumePlatform? = nil,
            system: Bool? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            architecture: String? = nil,
            tagUuids: [String]? = nil,
            virtio: Bool? = nil
        ) {
            self.rootVolumeUuid = rootVolumeUuid
            self.name = name
            self.description = description
            self.guestOsType = guestOsType
            self.backupStorageUuids = backupStorageUuids
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
            guard ZStackFieldwise.same(lhs.rootVolumeUuid, rhs.rootVolumeUuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.guestOsType, rhs.guestOsType) else { return false }
            guard ZStackFieldwise.same(lhs.backupStorageUuids, rhs.backupStorageUuids) else { return false }
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
    /// An ``InventoryReply`` of ``ImageInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<ImageInventory>
}

nonisolated extension ZStackClient {
    /// 从根云盘创建根云盘镜像(CreateRootVolumeTemplateFromRootVolume)
    ///
    /// 从根云盘创建根云盘镜像
    ///
    /// `POST /zstack/v1/images/root-volume-templates/from/volumes/{rootVolumeUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - rootVolumeUuid: 根云盘UUID
    ///   - name: 根云盘镜像名称
    ///   - description: 根云盘镜像的详细描述
    ///   - guestOsType: 根云盘镜像对应客户机操作系统类型
    ///   - backupStorageUuids: 镜像服务器UUID列表
    ///   - platform: 根云盘镜像对应的系统平台
    ///   - system: 是否系统根云盘镜像
    ///   - resourceUuid: 根云盘镜像UUID。若指定，根云盘镜像会使用该字段值作为UUID。
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - architecture: The `architecture` field.
    ///   - tagUuids: 标签UUID列表
    ///   - virtio: The `virtio` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createRootVolumeTemplateFromRootVolume(
        rootVolumeUuid: String,
        name: String,
        description: String? = nil,
        guestOsType: String? = nil,
        backupStorageUuids: [String]? = nil,
        platform: CreateRootVolumeTemplateFromRootVolumePlatform? = nil,
        system: Bool? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        architecture: String? = nil,
        tagUuids: [String]? = nil,
        virtio: Bool? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateRootVolumeTemplateFromRootVolume.Response {
        try await createRootVolumeTemplateFromRootVolume(
            CreateRootVolumeTemplateFromRootVolume.Request(
                rootVolumeUuid: rootVolumeUuid,
                name: name,
                description: description,
                guestOsType: guestOsType,
                backupStorageUuids: backupStorageUuids,
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

    /// 从根云盘创建根云盘镜像(CreateRootVolumeTemplateFromRootVolume)
    ///
    /// 从根云盘创建根云盘镜像
    ///
    /// `POST /zstack/v1/images/root-volume-templates/from/volumes/{rootVolumeUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createRootVolumeTemplateFromRootVolume(
        _ request: CreateRootVolumeTemplateFromRootVolume.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateRootVolumeTemplateFromRootVolume.Response {
        let call = ZStackRequestBuilder(operation: CreateRootVolumeTemplateFromRootVolume.operation)
        call.setPathParameter("rootVolumeUuid", to: request.rootVolumeUuid)
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
