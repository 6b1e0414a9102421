import HTTPTypes

/// CreateDataVolume
///
/// 创建云盘
///
/// `POST /zstack/v1/volumes/data`, asynchronous, authorization required.
///
/// Category: volume
public nonisolated enum CreateDataVolume {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateDataVolume",
        method: .post,
        pathTemplate: "/zstack/v1/volumes/data",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云盘名称
        public var name: String

        /// 云盘的描述
        public var description: String?

        /// 云盘规格UUID
        public var diskOfferingUuid: String?

        /// 主存储UUID
        public var primaryStorageUuid: String?

        /// 资源的Uuid
        public var resourceUuid: String?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// The `diskSize` field.
        public var diskSize: Int64?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 云盘名称
        ///   - description: 云盘的描述
        ///   - diskOfferingUuid: 云盘规格UUID
        ///   - primaryStorageUuid: 主存储UUID
        ///   - resourceUuid: 资源的Uuid
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - diskSize: The `diskSize` field.
        public init(
            name: String,
            description: String? = nil,
            diskOfferingUuid: String? = nil,
            primaryStorageUuid: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            diskSize: Int64? = nil
        ) {
            self.name = name
            self.description = description
            self.diskOfferingUuid = diskOfferingUuid
            self.primaryStorageUuid = primaryStorageUuid
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
            self.systemTags = systemTags
            self.userTags = userTags
            self.diskSize = diskSize
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
            var diskOfferingUuid: String?
            var primaryStorageUuid: String?
            var resourceUuid: String?
            var tagUuids: [String]?
            var diskSize: Int64?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.diskOfferingUuid = request.diskOfferingUuid
                self.primaryStorageUuid = request.primaryStorageUuid
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
                self.diskSize = request.diskSize
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case diskOfferingUuid = "diskOfferingUuid"
                case primaryStorageUuid = "primaryStorageUuid"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case diskSize = "diskSize"
            }
        }
    }

    /// 返回创建的云盘清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 创建的云盘
        public var inventory: VolumeInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 创建的云盘
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
    /// CreateDataVolume
    ///
    /// 创建云盘
    ///
    /// `POST /zstack/v1/volumes/data`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - name: 云盘名称
    ///   - description: 云盘的描述
    ///   - diskOfferingUuid: 云盘规格UUID
    ///   - primaryStorageUuid: 主存储UUID
    ///   - resourceUuid: 资源的Uuid
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - diskSize: The `diskSize` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 返回创建的云盘清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDataVolume(
        name: String,
        description: String? = nil,
        diskOfferingUuid: String? = nil,
        primaryStorageUuid: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        diskSize: Int64? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDataVolume.Response {
        try await createDataVolume(
            CreateDataVolume.Request(
                name: name,
                description: description,
                diskOfferingUuid: diskOfferingUuid,
                primaryStorageUuid: primaryStorageUuid,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags,
                diskSize: diskSize
            ),
            polling: polling
        )
    }

    /// CreateDataVolume
    ///
    /// 创建云盘
    ///
    /// `POST /zstack/v1/volumes/data`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 返回创建的云盘清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDataVolume(
        _ request: CreateDataVolume.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDataVolume.Response {
        var call = ZStackRequestBuilder(operation: CreateDataVolume.operation)
        call.jsonBody = CreateDataVolume.Body(request)
        return try await perform(call, polling: polling)
    }
}
