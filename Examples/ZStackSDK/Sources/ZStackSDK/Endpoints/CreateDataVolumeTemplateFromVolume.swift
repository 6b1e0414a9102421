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
    public static let operation = ZStackOperation(
        id: "CreateDataVolumeTemplateFromVolume",
        method: .post,
        pathTemplate: "/zstack/v1/images/data-volume-templates/from/volumes/{volumeUuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 起始云盘UUID
        public var volumeUuid: String

        /// 数据云盘镜像名称
        public var name: String

        /// 数据云盘镜像的详细描述
        public var description: String?

        /// 镜像服务器UUID列表
        public var backupStorageUuids: [String]?

        /// 数据云盘镜像UUID。若指定，数据云盘镜像会使用该字段值作为UUID。
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
            var backupStorageUuids: [String]?
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

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: ImageInventory? = nil) {
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
        var call = ZStackRequestBuilder(operation: CreateDataVolumeTemplateFromVolume.operation)
        call.setPathParameter("volumeUuid", to: request.volumeUuid)
        call.jsonBody = CreateDataVolumeTemplateFromVolume.Body(request)
        return try await perform(call, polling: polling)
    }
}
