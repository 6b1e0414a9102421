import HTTPTypes

/// CreateDataVolumeFromVolumeSnapshot
///
/// 从快照创建一个云盘
///
/// `POST /zstack/v1/volumes/data/from/volume-snapshots/{volumeSnapshotUuid}`, asynchronous, authorization required.
///
/// Category: volume
public nonisolated enum CreateDataVolumeFromVolumeSnapshot {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateDataVolumeFromVolumeSnapshot",
        method: .post,
        pathTemplate: "/zstack/v1/volumes/data/from/volume-snapshots/{volumeSnapshotUuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云盘快照UUID
        public var volumeSnapshotUuid: String

        /// 云盘名称
        public var name: String

        /// 云盘的详细描述
        public var description: String?

        /// 主存储UUID
        public var primaryStorageUuid: String?

        /// 资源的Uuid
        public var resourceUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - volumeSnapshotUuid: 云盘快照UUID
        ///   - name: 云盘名称
        ///   - description: 云盘的详细描述
        ///   - primaryStorageUuid: 主存储UUID
        ///   - resourceUuid: 资源的Uuid
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            volumeSnapshotUuid: String,
            name: String,
            description: String? = nil,
            primaryStorageUuid: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.volumeSnapshotUuid = volumeSnapshotUuid
            self.name = name
            self.description = description
            self.primaryStorageUuid = primaryStorageUuid
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.tagUuids = tagUuids
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
            var primaryStorageUuid: String?
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.primaryStorageUuid = request.primaryStorageUuid
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case primaryStorageUuid = "primaryStorageUuid"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 云盘清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 云盘清单
        public var inventory: VolumeInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 云盘清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: VolumeInventory? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventory = "inventory"
        }
    }
}

nonisolated extension ZStackClient {
    /// CreateDataVolumeFromVolumeSnapshot
    ///
    /// 从快照创建一个云盘
    ///
    /// `POST /zstack/v1/volumes/data/from/volume-snapshots/{volumeSnapshotUuid}`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - volumeSnapshotUuid: 云盘快照UUID
    ///   - name: 云盘名称
    ///   - description: 云盘的详细描述
    ///   - primaryStorageUuid: 主存储UUID
    ///   - resourceUuid: 资源的Uuid
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云盘清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDataVolumeFromVolumeSnapshot(
        volumeSnapshotUuid: String,
        name: String,
        description: String? = nil,
        primaryStorageUuid: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDataVolumeFromVolumeSnapshot.Response {
        try await createDataVolumeFromVolumeSnapshot(
            CreateDataVolumeFromVolumeSnapshot.Request(
                volumeSnapshotUuid: volumeSnapshotUuid,
                name: name,
                description: description,
                primaryStorageUuid: primaryStorageUuid,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// CreateDataVolumeFromVolumeSnapshot
    ///
    /// 从快照创建一个云盘
    ///
    /// `POST /zstack/v1/volumes/data/from/volume-snapshots/{volumeSnapshotUuid}`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云盘清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDataVolumeFromVolumeSnapshot(
        _ request: CreateDataVolumeFromVolumeSnapshot.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDataVolumeFromVolumeSnapshot.Response {
        var call = ZStackRequestBuilder(operation: CreateDataVolumeFromVolumeSnapshot.operation)
        call.setPathParameter("volumeSnapshotUuid", to: request.volumeSnapshotUuid)
        call.jsonBody = CreateDataVolumeFromVolumeSnapshot.Body(request)
        return try await perform(call, polling: polling)
    }
}
