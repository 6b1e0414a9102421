import HTTPTypes

/// 添加Ceph镜像服务器(AddCephBackupStorage)
///
/// 添加Ceph镜像服务器
///
/// `POST /zstack/v1/backup-storage/ceph`, asynchronous, authorization required.
///
/// Category: storage.ceph.backup
public nonisolated enum AddCephBackupStorage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddCephBackupStorage",
        method: .post,
        pathTemplate: "/zstack/v1/backup-storage/ceph",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// Ceph mon 的地址列表
        public var monUrls: [String]

        /// 未使用
        public var url: String

        /// 镜像服务器名字
        public var name: String

        /// 用于存放镜像的 Ceph pool 的名字
        public var poolName: String?

        /// 镜像服务器的详细描述
        public var description: String?

        /// 镜像服务器的类型，此处为 Ceph
        public var type: String?

        /// 添加后是否导入镜像
        public var importImages: Bool?

        /// 资源UUID。若指定，镜像服务器会使用该字段值作为UUID。
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
        ///   - name: 镜像服务器名字
        ///   - poolName: 用于存放镜像的 Ceph pool 的名字
        ///   - description: 镜像服务器的详细描述
        ///   - type: 镜像服务器的类型，此处为 Ceph
        ///   - importImages: 添加后是否导入镜像
        ///   - resourceUuid: 资源UUID。若指定，镜像服务器会使用该字段值作为UUID。
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            monUrls: [String],
            url: String,
            name: String,
            poolName: String? = nil,
            description: String? = nil,
            type: String? = nil,
            importImages: Bool? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.monUrls = monUrls
            self.url = url
            self.name = name
            self.poolName = poolName
            self.description = description
            self.type = type
            self.importImages = importImages
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
            var poolName: String?
            var url: String
            var name: String
            var description: String?
            var type: String?
            var importImages: Bool?
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.monUrls = request.monUrls
                self.poolName = request.poolName
                self.url = request.url
                self.name = request.name
                self.description = request.description
                self.type = request.type
                self.importImages = request.importImages
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case monUrls = "monUrls"
                case poolName = "poolName"
                case url = "url"
                case name = "name"
                case description = "description"
                case type = "type"
                case importImages = "importImages"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 镜像服务器清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 镜像服务器信息清单
        public var inventory: BackupStorageInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 镜像服务器信息清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: BackupStorageInventory? = nil) {
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
    /// 添加Ceph镜像服务器(AddCephBackupStorage)
    ///
    /// 添加Ceph镜像服务器
    ///
    /// `POST /zstack/v1/backup-storage/ceph`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - monUrls: Ceph mon 的地址列表
    ///   - url: 未使用
    ///   - name: 镜像服务器名字
    ///   - poolName: 用于存放镜像的 Ceph pool 的名字
    ///   - description: 镜像服务器的详细描述
    ///   - type: 镜像服务器的类型，此处为 Ceph
    ///   - importImages: 添加后是否导入镜像
    ///   - resourceUuid: 资源UUID。若指定，镜像服务器会使用该字段值作为UUID。
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addCephBackupStorage(
        monUrls: [String],
        url: String,
        name: String,
        poolName: String? = nil,
        description: String? = nil,
        type: String? = nil,
        importImages: Bool? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddCephBackupStorage.Response {
        try await addCephBackupStorage(
            AddCephBackupStorage.Request(
                monUrls: monUrls,
                url: url,
                name: name,
                poolName: poolName,
                description: description,
                type: type,
                importImages: importImages,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// 添加Ceph镜像服务器(AddCephBackupStorage)
    ///
    /// 添加Ceph镜像服务器
    ///
    /// `POST /zstack/v1/backup-storage/ceph`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addCephBackupStorage(
        _ request: AddCephBackupStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddCephBackupStorage.Response {
        var call = ZStackRequestBuilder(operation: AddCephBackupStorage.operation)
        call.jsonBody = AddCephBackupStorage.Body(request)
        return try await perform(call, polling: polling)
    }
}
