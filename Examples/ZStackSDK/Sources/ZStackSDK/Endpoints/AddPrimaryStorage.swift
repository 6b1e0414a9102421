import HTTPTypes

/// 添加主存储(AddPrimaryStorage)
///
/// 添加主存储
///
/// `POST /zstack/v1/primary-storage`, asynchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum AddPrimaryStorage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddPrimaryStorage",
        method: .post,
        pathTemplate: "/zstack/v1/primary-storage",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 主存储路径
        public var url: String

        /// 主存储名称
        public var name: String

        /// 区域UUID
        public var zoneUuid: String

        /// 主存储的详细描述
        public var description: String?

        /// 主存储类型
        public var type: String?

        /// 资源UUID。若指定，主存储会使用该字段值作为UUID。
        public var resourceUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - url: 主存储路径
        ///   - name: 主存储名称
        ///   - zoneUuid: 区域UUID
        ///   - description: 主存储的详细描述
        ///   - type: 主存储类型
        ///   - resourceUuid: 资源UUID。若指定，主存储会使用该字段值作为UUID。
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            url: String,
            name: String,
            zoneUuid: String,
            description: String? = nil,
            type: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.url = url
            self.name = name
            self.zoneUuid = zoneUuid
            self.description = description
            self.type = type
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"params": {...}}`.
    struct Body: Encodable {
        var wrapped: Wrapped

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var url: String
            var name: String
            var description: String?
            var type: String?
            var zoneUuid: String
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?

            init(_ request: Request) {
                self.url = request.url
                self.name = request.name
                self.description = request.description
                self.type = request.type
                self.zoneUuid = request.zoneUuid
                self.resourceUuid = request.resourceUuid
                self.systemTags = request.systemTags
                self.userTags = request.userTags
            }

            private enum CodingKeys: String, CodingKey {
                case url = "url"
                case name = "name"
                case description = "description"
                case type = "type"
                case zoneUuid = "zoneUuid"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
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
    /// 添加主存储(AddPrimaryStorage)
    ///
    /// 添加主存储
    ///
    /// `POST /zstack/v1/primary-storage`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - url: 主存储路径
    ///   - name: 主存储名称
    ///   - zoneUuid: 区域UUID
    ///   - description: 主存储的详细描述
    ///   - type: 主存储类型
    ///   - resourceUuid: 资源UUID。若指定，主存储会使用该字段值作为UUID。
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addPrimaryStorage(
        url: String,
        name: String,
        zoneUuid: String,
        description: String? = nil,
        type: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddPrimaryStorage.Response {
        try await addPrimaryStorage(
            AddPrimaryStorage.Request(
                url: url,
                name: name,
                zoneUuid: zoneUuid,
                description: description,
                type: type,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 添加主存储(AddPrimaryStorage)
    ///
    /// 添加主存储
    ///
    /// `POST /zstack/v1/primary-storage`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addPrimaryStorage(
        _ request: AddPrimaryStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddPrimaryStorage.Response {
        var call = ZStackRequestBuilder(operation: AddPrimaryStorage.operation)
        call.jsonBody = AddPrimaryStorage.Body(request)
        return try await perform(call, polling: polling)
    }
}
