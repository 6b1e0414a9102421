import HTTPTypes

/// 添加 Ceph 主存储(AddCephPrimaryStorage)
///
/// 添加 Ceph 主存储
///
/// `POST /zstack/v1/primary-storage/ceph`, asynchronous, authorization required.
///
/// Category: storage.ceph.primary
public nonisolated enum AddCephPrimaryStorage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddCephPrimaryStorage",
        method: .post,
        pathTemplate: "/zstack/v1/primary-storage/ceph",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// Ceph mon 的地址列表
        public var monUrls: [String]

        /// 未使用
        public var url: String

        /// Ceph 主存储的名称
        public var name: String

        /// 区域UUID
        public var zoneUuid: String

        /// 指定 Root Volume 可使用的 Ceph pool 名字
        public var rootVolumePoolName: String?

        /// 指定 Data Volume 可使用的 Ceph pool 名字
        public var dataVolumePoolName: String?

        /// 指定镜像缓存可使用的 Ceph pool 名字
        public var imageCachePoolName: String?

        /// Ceph 主存储的详细描述
        public var description: String?

        /// Ceph 主存储的类型，此处为 Ceph
        public var type: String?

        /// 资源UUID。若指定，Ceph 主存储会使用该字段值作为UUID。
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
        ///   - monUrls: Ceph mon 的地址列表
        ///   - url: 未使用
        ///   - name: Ceph 主存储的名称
        ///   - zoneUuid: 区域UUID
        ///   - rootVolumePoolName: 指定 Root Volume 可使用的 Ceph pool 名字
        ///   - dataVolumePoolName: 指定 Data Volume 可使用的 Ceph pool 名字
        ///   - imageCachePoolName: 指定镜像缓存可使用的 Ceph pool 名字
        ///   - description: Ceph 主存储的详细描述
        ///   - type: Ceph 主存储的类型，此处为 Ceph
        ///   - resourceUuid: 资源UUID。若指定，Ceph 主存储会使用该字段值作为UUID。
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            monUrls: [String],
            url: String,
            name: String,
            zoneUuid: String,
            rootVolumePoolName: String? = nil,
            dataVolumePoolName: String? = nil,
            imageCachePoolName: String? = nil,
            description: String? = nil,
            type: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.monUrls = monUrls
            self.url = url
            self.name = name
            self.zoneUuid = zoneUuid
            self.rootVolumePoolName = rootVolumePoolName
            self.dataVolumePoolName = dataVolumePoolName
            self.imageCachePoolName = imageCachePoolName
            self.description = description
            self.type = type
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
            var monUrls: [String]
            var rootVolumePoolName: String?
            var dataVolumePoolName: String?
            var imageCachePoolName: String?
            var url: String
            var name: String
            var description: String?
            var type: String?
            var zoneUuid: String
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.monUrls = request.monUrls
                self.rootVolumePoolName = request.rootVolumePoolName
                self.dataVolumePoolName = request.dataVolumePoolName
                self.imageCachePoolName = request.imageCachePoolName
                self.url = request.url
                self.name = request.name
                self.description = request.description
                self.type = request.type
                self.zoneUuid = request.zoneUuid
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case monUrls = "monUrls"
                case rootVolumePoolName = "rootVolumePoolName"
                case dataVolumePoolName = "dataVolumePoolName"
                case imageCachePoolName = "imageCachePoolName"
                case url = "url"
                case name = "name"
                case description = "description"
                case type = "type"
                case zoneUuid = "zoneUuid"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 主存储清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: PrimaryStorageInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: PrimaryStorageInventory? = nil) {
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
    /// 添加 Ceph 主存储(AddCephPrimaryStorage)
    ///
    /// 添加 Ceph 主存储
    ///
    /// `POST /zstack/v1/primary-storage/ceph`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - monUrls: Ceph mon 的地址列表
    ///   - url: 未使用
    ///   - name: Ceph 主存储的名称
    ///   - zoneUuid: 区域UUID
    ///   - rootVolumePoolName: 指定 Root Volume 可使用的 Ceph pool 名字
    ///   - dataVolumePoolName: 指定 Data Volume 可使用的 Ceph pool 名字
    ///   - imageCachePoolName: 指定镜像缓存可使用的 Ceph pool 名字
    ///   - description: Ceph 主存储的详细描述
    ///   - type: Ceph 主存储的类型，此处为 Ceph
    ///   - resourceUuid: 资源UUID。若指定，Ceph 主存储会使用该字段值作为UUID。
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addCephPrimaryStorage(
        monUrls: [String],
        url: String,
        name: String,
        zoneUuid: String,
        rootVolumePoolName: String? = nil,
        dataVolumePoolName: String? = nil,
        imageCachePoolName: String? = nil,
        description: String? = nil,
        type: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddCephPrimaryStorage.Response {
        try await addCephPrimaryStorage(
            AddCephPrimaryStorage.Request(
                monUrls: monUrls,
                url: url,
                name: name,
                zoneUuid: zoneUuid,
                rootVolumePoolName: rootVolumePoolName,
                dataVolumePoolName: dataVolumePoolName,
                imageCachePoolName: imageCachePoolName,
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

    /// 添加 Ceph 主存储(AddCephPrimaryStorage)
    ///
    /// 添加 Ceph 主存储
    ///
    /// `POST /zstack/v1/primary-storage/ceph`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addCephPrimaryStorage(
        _ request: AddCephPrimaryStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddCephPrimaryStorage.Response {
        var call = ZStackRequestBuilder(operation: AddCephPrimaryStorage.operation)
        call.jsonBody = AddCephPrimaryStorage.Body(request)
        return try await perform(call, polling: polling)
    }
}
