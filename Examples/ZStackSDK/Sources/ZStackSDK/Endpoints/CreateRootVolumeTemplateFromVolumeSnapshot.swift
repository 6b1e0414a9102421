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
    public static let operation = ZStackOperation(
        id: "CreateRootVolumeTemplateFromVolumeSnapshot",
        method: .post,
        pathTemplate: "/zstack/v1/images/root-volume-templates/from/volume-snapshots/{snapshotUuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 快照UUID
        public var snapshotUuid: String

        /// 根云盘名称
        public var name: String

        /// 镜像服务器UUID列表
        public var backupStorageUuids: [String]

        /// 根云盘的详细描述
        public var description: String?

        /// 根云盘客户机操作系统类型
        public var guestOsType: String?

        /// 根云盘系统平台
        public var platform: CreateRootVolumeTemplateFromVolumeSnapshotPlatform?

        /// 是否系统根云盘
        public var system: Bool?

        /// 根云盘UUID。若指定，根云盘会使用该字段值作为UUID。
        public var resourceUuid: String?

        /// 系统镜像
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// The `architecture` field.
        public var architecture: String?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// The `virtio` field.
        public var virtio: Bool?

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
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [String]?
        var userTags: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var name: String
            var description: String?
            var guestOsType: String?
            var backupStorageUuids: [String]
            var platform: CreateRootVolumeTemplateFromVolumeSnapshotPlatform?
            var system: Bool?
            var resourceUuid: String?
            var architecture: String?
            var tagUuids: [String]?
            var virtio: Bool?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.guestOsType = request.guestOsType
                self.backupStorageUuids = request.backupStorageUuids
                self.platform = request.platform
                self.system = request.system
                self.resourceUuid = request.resourceUuid
                self.architecture = request.architecture
                self.tagUuids = request.tagUuids
                self.virtio = request.virtio
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case guestOsType = "guestOsType"
                case backupStorageUuids = "backupStorageUuids"
                case platform = "platform"
                case system = "system"
                case resourceUuid = "resourceUuid"
                case architecture = "architecture"
                case tagUuids = "tagUuids"
                case virtio = "virtio"
            }
        }
    }

    /// 镜像清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: ImageInventory?

        /// The `failures` field.
        public var failures: [ZStackJSONValue]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        ///   - failures: The `failures` field.
        public init(
            success: Bool? = nil,
            error: ErrorCode? = nil,
            inventory: ImageInventory? = nil,
            failures: [ZStackJSONValue]? = nil
        ) {
            self.success = success
            self.error = error
            self.inventory = inventory
            self.failures = failures
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventory = "inventory"
            case failures = "failures"
        }
    }
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
        var call = ZStackRequestBuilder(operation: CreateRootVolumeTemplateFromVolumeSnapshot.operation)
        call.setPathParameter("snapshotUuid", to: request.snapshotUuid)
        call.jsonBody = CreateRootVolumeTemplateFromVolumeSnapshot.Body(request)
        return try await perform(call, polling: polling)
    }
}
