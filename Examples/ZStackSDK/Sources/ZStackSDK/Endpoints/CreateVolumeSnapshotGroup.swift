import HTTPTypes

/// CreateVolumeSnapshotGroup
///
/// 创建云盘快照组
///
/// `POST /zstack/v1/volume-snapshots/group`, asynchronous, authorization required.
///
/// Category: volume
public nonisolated enum CreateVolumeSnapshotGroup {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateVolumeSnapshotGroup",
        method: .post,
        pathTemplate: "/zstack/v1/volume-snapshots/group",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 根云盘UUID
        public var rootVolumeUuid: String

        /// 资源名称
        public var name: String

        /// 资源的详细描述
        public var description: String?

        /// The `resourceUuid` field.
        public var resourceUuid: String?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// The `withMemory` field.
        public var withMemory: Bool?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - rootVolumeUuid: 根云盘UUID
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        ///   - withMemory: The `withMemory` field.
        public init(
            rootVolumeUuid: String,
            name: String,
            description: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            withMemory: Bool? = nil
        ) {
            self.rootVolumeUuid = rootVolumeUuid
            self.name = name
            self.description = description
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
            self.systemTags = systemTags
            self.userTags = userTags
            self.withMemory = withMemory
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
            var rootVolumeUuid: String
            var name: String
            var description: String?
            var resourceUuid: String?
            var tagUuids: [String]?
            var withMemory: Bool?

            init(_ request: Request) {
                self.rootVolumeUuid = request.rootVolumeUuid
                self.name = request.name
                self.description = request.description
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
                self.withMemory = request.withMemory
            }

            private enum CodingKeys: String, CodingKey {
                case rootVolumeUuid = "rootVolumeUuid"
                case name = "name"
                case description = "description"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case withMemory = "withMemory"
            }
        }
    }

    /// 创建云盘快照组结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 快照组清单
        public var inventory: VolumeSnapshotGroupInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 快照组清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: VolumeSnapshotGroupInventory? = nil) {
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
    /// CreateVolumeSnapshotGroup
    ///
    /// 创建云盘快照组
    ///
    /// `POST /zstack/v1/volume-snapshots/group`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - rootVolumeUuid: 根云盘UUID
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - withMemory: The `withMemory` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 创建云盘快照组结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVolumeSnapshotGroup(
        rootVolumeUuid: String,
        name: String,
        description: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        withMemory: Bool? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVolumeSnapshotGroup.Response {
        try await createVolumeSnapshotGroup(
            CreateVolumeSnapshotGroup.Request(
                rootVolumeUuid: rootVolumeUuid,
                name: name,
                description: description,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags,
                withMemory: withMemory
            ),
            polling: polling
        )
    }

    /// CreateVolumeSnapshotGroup
    ///
    /// 创建云盘快照组
    ///
    /// `POST /zstack/v1/volume-snapshots/group`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 创建云盘快照组结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVolumeSnapshotGroup(
        _ request: CreateVolumeSnapshotGroup.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVolumeSnapshotGroup.Response {
        var call = ZStackRequestBuilder(operation: CreateVolumeSnapshotGroup.operation)
        call.jsonBody = CreateVolumeSnapshotGroup.Body(request)
        return try await perform(call, polling: polling)
    }
}
