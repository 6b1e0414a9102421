import HTTPTypes

/// AddSimulatorBackupStorage
///
/// 在这里填写API描述
///
/// `POST /zstack/v1/backup-storage/simulators`, asynchronous, authorization required.
///
/// Category: storage.backup
public nonisolated enum AddSimulatorBackupStorage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddSimulatorBackupStorage",
        method: .post,
        pathTemplate: "/zstack/v1/backup-storage/simulators",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The `url` field.
        public var url: String

        /// 资源名称
        public var name: String

        /// The `totalCapacity` field.
        public var totalCapacity: Int64?

        /// The `availableCapacity` field.
        public var availableCapacity: Int64?

        /// 资源的详细描述
        public var description: String?

        /// The `type` field.
        public var type: String?

        /// The `importImages` field.
        public var importImages: Bool?

        /// The `resourceUuid` field.
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
        ///   - url: The `url` field.
        ///   - name: 资源名称
        ///   - totalCapacity: The `totalCapacity` field.
        ///   - availableCapacity: The `availableCapacity` field.
        ///   - description: 资源的详细描述
        ///   - type: The `type` field.
        ///   - importImages: The `importImages` field.
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            url: String,
            name: String,
            totalCapacity: Int64? = nil,
            availableCapacity: Int64? = nil,
            description: String? = nil,
            type: String? = nil,
            importImages: Bool? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.url = url
            self.name = name
            self.totalCapacity = totalCapacity
            self.availableCapacity = availableCapacity
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
            var totalCapacity: Int64?
            var availableCapacity: Int64?
            var url: String
            var name: String
            var description: String?
            var type: String?
            var importImages: Bool?
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.totalCapacity = request.totalCapacity
                self.availableCapacity = request.availableCapacity
                self.url = request.url
                self.name = request.name
                self.description = request.description
                self.type = request.type
                self.importImages = request.importImages
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case totalCapacity = "totalCapacity"
                case availableCapacity = "availableCapacity"
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
    /// AddSimulatorBackupStorage
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/backup-storage/simulators`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - url: The `url` field.
    ///   - name: 资源名称
    ///   - totalCapacity: The `totalCapacity` field.
    ///   - availableCapacity: The `availableCapacity` field.
    ///   - description: 资源的详细描述
    ///   - type: The `type` field.
    ///   - importImages: The `importImages` field.
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addSimulatorBackupStorage(
        url: String,
        name: String,
        totalCapacity: Int64? = nil,
        availableCapacity: Int64? = nil,
        description: String? = nil,
        type: String? = nil,
        importImages: Bool? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddSimulatorBackupStorage.Response {
        try await addSimulatorBackupStorage(
            AddSimulatorBackupStorage.Request(
                url: url,
                name: name,
                totalCapacity: totalCapacity,
                availableCapacity: availableCapacity,
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

    /// AddSimulatorBackupStorage
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/backup-storage/simulators`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addSimulatorBackupStorage(
        _ request: AddSimulatorBackupStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddSimulatorBackupStorage.Response {
        var call = ZStackRequestBuilder(operation: AddSimulatorBackupStorage.operation)
        call.jsonBody = AddSimulatorBackupStorage.Body(request)
        return try await perform(call, polling: polling)
    }
}
