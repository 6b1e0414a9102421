import HTTPTypes

/// AddCephPrimaryStoragePool
///
/// 为Ceph主存储添加Pool
///
/// `POST /zstack/v1/primary-storage/ceph/{primaryStorageUuid}/pools`, asynchronous, authorization required.
///
/// Category: storage.ceph.primary
public nonisolated enum AddCephPrimaryStoragePool {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddCephPrimaryStoragePool",
        method: .post,
        pathTemplate: "/zstack/v1/primary-storage/ceph/{primaryStorageUuid}/pools",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 主存储UUID
        public var primaryStorageUuid: String

        /// The `poolName` field.
        public var poolName: String

        /// 存储池类型
        public var type: AddCephPrimaryStoragePoolTypeValue

        /// The `aliasName` field.
        public var aliasName: String?

        /// 资源的详细描述
        public var description: String?

        /// The `isCreate` field.
        public var isCreate: Bool?

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
        ///   - primaryStorageUuid: 主存储UUID
        ///   - poolName: The `poolName` field.
        ///   - type: 存储池类型
        ///   - aliasName: The `aliasName` field.
        ///   - description: 资源的详细描述
        ///   - isCreate: The `isCreate` field.
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        ///   - tagUuids: 标签UUID列表
        public init(
            primaryStorageUuid: String,
            poolName: String,
            type: AddCephPrimaryStoragePoolTypeValue,
            aliasName: String? = nil,
            description: String? = nil,
            isCreate: Bool? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.primaryStorageUuid = primaryStorageUuid
            self.poolName = poolName
            self.type = type
            self.aliasName = aliasName
            self.description = description
            self.isCreate = isCreate
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
            var poolName: String
            var aliasName: String?
            var description: String?
            var isCreate: Bool?
            var resourceUuid: String?
            var type: AddCephPrimaryStoragePoolTypeValue
            var tagUuids: [String]?

            init(_ request: Request) {
                self.poolName = request.poolName
                self.aliasName = request.aliasName
                self.description = request.description
                self.isCreate = request.isCreate
                self.resourceUuid = request.resourceUuid
                self.type = request.type
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case poolName = "poolName"
                case aliasName = "aliasName"
                case description = "description"
                case isCreate = "isCreate"
                case resourceUuid = "resourceUuid"
                case type = "type"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// The reply's fields.
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: CephPrimaryStoragePoolInventory?

        /// The `success` field.
        public var success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        ///   - success: The `success` field.
        public init(error: ErrorCode? = nil, inventory: CephPrimaryStoragePoolInventory? = nil, success: Bool? = nil) {
            self.error = error
            self.inventory = inventory
            self.success = success
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case inventory = "inventory"
            case success = "success"
        }
    }
}

nonisolated extension ZStackClient {
    /// AddCephPrimaryStoragePool
    ///
    /// 为Ceph主存储添加Pool
    ///
    /// `POST /zstack/v1/primary-storage/ceph/{primaryStorageUuid}/pools`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - primaryStorageUuid: 主存储UUID
    ///   - poolName: The `poolName` field.
    ///   - type: 存储池类型
    ///   - aliasName: The `aliasName` field.
    ///   - description: 资源的详细描述
    ///   - isCreate: The `isCreate` field.
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addCephPrimaryStoragePool(
        primaryStorageUuid: String,
        poolName: String,
        type: AddCephPrimaryStoragePoolTypeValue,
        aliasName: String? = nil,
        description: String? = nil,
        isCreate: Bool? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddCephPrimaryStoragePool.Response {
        try await addCephPrimaryStoragePool(
            AddCephPrimaryStoragePool.Request(
                primaryStorageUuid: primaryStorageUuid,
                poolName: poolName,
                type: type,
                aliasName: aliasName,
                description: description,
                isCreate: isCreate,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// AddCephPrimaryStoragePool
    ///
    /// 为Ceph主存储添加Pool
    ///
    /// `POST /zstack/v1/primary-storage/ceph/{primaryStorageUuid}/pools`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addCephPrimaryStoragePool(
        _ request: AddCephPrimaryStoragePool.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddCephPrimaryStoragePool.Response {
        var call = ZStackRequestBuilder(operation: AddCephPrimaryStoragePool.operation)
        call.setPathParameter("primaryStorageUuid", to: request.primaryStorageUuid)
        call.jsonBody = AddCephPrimaryStoragePool.Body(request)
        return try await perform(call, polling: polling)
    }
}
