import HTTPTypes

/// 从云盘快照创建数据云盘镜像(CreateDataVolumeTemplateFromVolumeSnapshot)
///
/// 从指定的云盘快照创建出一个数据云盘镜像
///
/// `POST /zstack/v1/images/data-volume-templates/from/volume-snapshots/{snapshotUuid}`, asynchronous, authorization
/// required.
///
/// Category: image
public nonisolated enum CreateDataVolumeTemplateFromVolumeSnapshot {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateDataVolumeTemplateFromVolumeSnapshot",
        method: .post,
        pathTemplate: "/zstack/v1/images/data-volume-templates/from/volume-snapshots/{snapshotUuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 数据云盘快照的资源UUID
        public var snapshotUuid: String

        /// 数据云盘镜像名称
        public var name: String

        /// 镜像服务器UUID列表
        public var backupStorageUuids: [String]

        /// 数据云盘镜像描述
        public var description: String?

        /// 数据云盘镜像UUID。若指定，数据云盘镜像会使用该字段值作为UUID。
        public var resourceUuid: String?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - snapshotUuid: 数据云盘快照的资源UUID
        ///   - name: 数据云盘镜像名称
        ///   - backupStorageUuids: 镜像服务器UUID列表
        ///   - description: 数据云盘镜像描述
        ///   - resourceUuid: 数据云盘镜像UUID。若指定，数据云盘镜像会使用该字段值作为UUID。
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            snapshotUuid: String,
            name: String,
            backupStorageUuids: [String],
            description: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.snapshotUuid = snapshotUuid
            self.name = name
            self.backupStorageUuids = backupStorageUuids
            self.description = description
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
            self.systemTags = systemTags
            self.userTags = userTags
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
            var backupStorageUuids: [String]
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.backupStorageUuids = request.backupStorageUuids
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case backupStorageUuids = "backupStorageUuids"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
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
    /// 从云盘快照创建数据云盘镜像(CreateDataVolumeTemplateFromVolumeSnapshot)
    ///
    /// 从指定的云盘快照创建出一个数据云盘镜像
    ///
    /// `POST /zstack/v1/images/data-volume-templates/from/volume-snapshots/{snapshotUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - snapshotUuid: 数据云盘快照的资源UUID
    ///   - name: 数据云盘镜像名称
    ///   - backupStorageUuids: 镜像服务器UUID列表
    ///   - description: 数据云盘镜像描述
    ///   - resourceUuid: 数据云盘镜像UUID。若指定，数据云盘镜像会使用该字段值作为UUID。
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDataVolumeTemplateFromVolumeSnapshot(
        snapshotUuid: String,
        name: String,
        backupStorageUuids: [String],
        description: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDataVolumeTemplateFromVolumeSnapshot.Response {
        try await createDataVolumeTemplateFromVolumeSnapshot(
            CreateDataVolumeTemplateFromVolumeSnapshot.Request(
                snapshotUuid: snapshotUuid,
                name: name,
                backupStorageUuids: backupStorageUuids,
                description: description,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 从云盘快照创建数据云盘镜像(CreateDataVolumeTemplateFromVolumeSnapshot)
    ///
    /// 从指定的云盘快照创建出一个数据云盘镜像
    ///
    /// `POST /zstack/v1/images/data-volume-templates/from/volume-snapshots/{snapshotUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDataVolumeTemplateFromVolumeSnapshot(
        _ request: CreateDataVolumeTemplateFromVolumeSnapshot.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDataVolumeTemplateFromVolumeSnapshot.Response {
        var call = ZStackRequestBuilder(operation: CreateDataVolumeTemplateFromVolumeSnapshot.operation)
        call.setPathParameter("snapshotUuid", to: request.snapshotUuid)
        call.jsonBody = CreateDataVolumeTemplateFromVolumeSnapshot.Body(request)
        return try await perform(call, polling: polling)
    }
}
