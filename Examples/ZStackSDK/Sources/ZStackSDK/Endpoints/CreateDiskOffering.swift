import HTTPTypes

/// CreateDiskOffering
///
/// 创建云盘规格
///
/// 创建云盘规格
///
/// `POST /zstack/v1/disk-offerings`, asynchronous, authorization required.
///
/// Category: configuration
public nonisolated enum CreateDiskOffering {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateDiskOffering",
        method: .post,
        pathTemplate: "/zstack/v1/disk-offerings",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源名称
        public var name: String

        /// 云盘大小
        public var diskSize: Int64

        /// 资源的详细描述
        public var description: String?

        /// 排序key
        public var sortKey: Int?

        /// 分配策略
        public var allocationStrategy: String?

        /// 类型
        public var type: CreateDiskOfferingTypeValue?

        /// 资源UUID
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
        ///   - name: 资源名称
        ///   - diskSize: 云盘大小
        ///   - description: 资源的详细描述
        ///   - sortKey: 排序key
        ///   - allocationStrategy: 分配策略
        ///   - type: 类型
        ///   - resourceUuid: 资源UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            name: String,
            diskSize: Int64,
            description: String? = nil,
            sortKey: Int? = nil,
            allocationStrategy: String? = nil,
            type: CreateDiskOfferingTypeValue? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.name = name
            self.diskSize = diskSize
            self.description = description
            self.sortKey = sortKey
            self.allocationStrategy = allocationStrategy
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
            var name: String
            var description: String?
            var diskSize: Int64
            var sortKey: Int?
            var allocationStrategy: String?
            var type: CreateDiskOfferingTypeValue?
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.diskSize = request.diskSize
                self.sortKey = request.sortKey
                self.allocationStrategy = request.allocationStrategy
                self.type = request.type
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case diskSize = "diskSize"
                case sortKey = "sortKey"
                case allocationStrategy = "allocationStrategy"
                case type = "type"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 云盘规格清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 云盘规格清单
        public var inventory: DiskOfferingInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 云盘规格清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: DiskOfferingInventory? = nil) {
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
    /// CreateDiskOffering
    ///
    /// 创建云盘规格
    ///
    /// 创建云盘规格
    ///
    /// `POST /zstack/v1/disk-offerings`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - diskSize: 云盘大小
    ///   - description: 资源的详细描述
    ///   - sortKey: 排序key
    ///   - allocationStrategy: 分配策略
    ///   - type: 类型
    ///   - resourceUuid: 资源UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云盘规格清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDiskOffering(
        name: String,
        diskSize: Int64,
        description: String? = nil,
        sortKey: Int? = nil,
        allocationStrategy: String? = nil,
        type: CreateDiskOfferingTypeValue? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDiskOffering.Response {
        try await createDiskOffering(
            CreateDiskOffering.Request(
                name: name,
                diskSize: diskSize,
                description: description,
                sortKey: sortKey,
                allocationStrategy: allocationStrategy,
                type: type,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// CreateDiskOffering
    ///
    /// 创建云盘规格
    ///
    /// 创建云盘规格
    ///
    /// `POST /zstack/v1/disk-offerings`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云盘规格清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDiskOffering(
        _ request: CreateDiskOffering.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDiskOffering.Response {
        var call = ZStackRequestBuilder(operation: CreateDiskOffering.operation)
        call.jsonBody = CreateDiskOffering.Body(request)
        return try await perform(call, polling: polling)
    }
}
