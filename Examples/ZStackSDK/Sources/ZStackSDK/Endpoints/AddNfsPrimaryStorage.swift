import HTTPTypes

/// 添加 NFS 主存储(AddNfsPrimaryStorage)
///
/// 添加 NFS 主存储
///
/// `POST /zstack/v1/primary-storage/nfs`, asynchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum AddNfsPrimaryStorage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddNfsPrimaryStorage",
        method: .post,
        pathTemplate: "/zstack/v1/primary-storage/nfs",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// NFS 公开地址，格式为 nfs-host:/path/to/export
        public var url: String

        /// NFS 主存储名称
        public var name: String

        /// 区域UUID
        public var zoneUuid: String

        /// NFS 主存储的详细描述
        public var description: String?

        /// 类型为 NFS
        public var type: String?

        /// 资源UUID。若指定，NFS 主存储会使用该字段值作为UUID。
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
        ///   - url: NFS 公开地址，格式为 nfs-host:/path/to/export
        ///   - name: NFS 主存储名称
        ///   - zoneUuid: 区域UUID
        ///   - description: NFS 主存储的详细描述
        ///   - type: 类型为 NFS
        ///   - resourceUuid: 资源UUID。若指定，NFS 主存储会使用该字段值作为UUID。
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            url: String,
            name: String,
            zoneUuid: String,
            description: String? = nil,
            type: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.url = url
            self.name = name
            self.zoneUuid = zoneUuid
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
            var url: String
            var name: String
            var description: String?
            var type: String?
            var zoneUuid: String
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.url = request.url
                self.name = request.name
                self.description = request.description
                self.type = request.type
                self.zoneUuid = request.zoneUuid
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
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
    /// 添加 NFS 主存储(AddNfsPrimaryStorage)
    ///
    /// 添加 NFS 主存储
    ///
    /// `POST /zstack/v1/primary-storage/nfs`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - url: NFS 公开地址，格式为 nfs-host:/path/to/export
    ///   - name: NFS 主存储名称
    ///   - zoneUuid: 区域UUID
    ///   - description: NFS 主存储的详细描述
    ///   - type: 类型为 NFS
    ///   - resourceUuid: 资源UUID。若指定，NFS 主存储会使用该字段值作为UUID。
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addNfsPrimaryStorage(
        url: String,
        name: String,
        zoneUuid: String,
        description: String? = nil,
        type: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddNfsPrimaryStorage.Response {
        try await addNfsPrimaryStorage(
            AddNfsPrimaryStorage.Request(
                url: url,
                name: name,
                zoneUuid: zoneUuid,
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

    /// 添加 NFS 主存储(AddNfsPrimaryStorage)
    ///
    /// 添加 NFS 主存储
    ///
    /// `POST /zstack/v1/primary-storage/nfs`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addNfsPrimaryStorage(
        _ request: AddNfsPrimaryStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddNfsPrimaryStorage.Response {
        var call = ZStackRequestBuilder(operation: AddNfsPrimaryStorage.operation)
        call.jsonBody = AddNfsPrimaryStorage.Body(request)
        return try await perform(call, polling: polling)
    }
}
