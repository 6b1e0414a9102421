import HTTPTypes

/// CreateVolumeSnapshot
///
/// 创建云盘快照
///
/// `POST /zstack/v1/volumes/{volumeUuid}/volume-snapshots`, asynchronous, authorization required.
///
/// Category: volume
public nonisolated enum CreateVolumeSnapshot {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateVolumeSnapshot",
        method: .post,
        pathTemplate: "/zstack/v1/volumes/{volumeUuid}/volume-snapshots",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云盘UUID
        public var volumeUuid: String

        /// 资源名称
        public var name: String

        /// 资源的详细描述
        public var description: String?

        /// The `resourceUuid` field.
        public var resourceUuid: String?

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - volumeUuid: 云盘UUID
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        ///   - tagUuids: 标签UUID列表
        public init(
            volumeUuid: String,
            name: String,
            description: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.volumeUuid = volumeUuid
            self.name = name
            self.description = description
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
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 快照清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 快照清单
        public var inventory: VolumeSnapshotInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 快照清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: VolumeSnapshotInventory? = nil) {
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
    /// CreateVolumeSnapshot
    ///
    /// 创建云盘快照
    ///
    /// `POST /zstack/v1/volumes/{volumeUuid}/volume-snapshots`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - volumeUuid: 云盘UUID
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 快照清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVolumeSnapshot(
        volumeUuid: String,
        name: String,
        description: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVolumeSnapshot.Response {
        try await createVolumeSnapshot(
            CreateVolumeSnapshot.Request(
                volumeUuid: volumeUuid,
                name: name,
                description: description,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// CreateVolumeSnapshot
    ///
    /// 创建云盘快照
    ///
    /// `POST /zstack/v1/volumes/{volumeUuid}/volume-snapshots`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 快照清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVolumeSnapshot(
        _ request: CreateVolumeSnapshot.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVolumeSnapshot.Response {
        var call = ZStackRequestBuilder(operation: CreateVolumeSnapshot.operation)
        call.setPathParameter("volumeUuid", to: request.volumeUuid)
        call.jsonBody = CreateVolumeSnapshot.Body(request)
        return try await perform(call, polling: polling)
    }
}
