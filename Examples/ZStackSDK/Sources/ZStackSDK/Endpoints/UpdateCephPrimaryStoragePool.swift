import HTTPTypes

/// UpdateCephPrimaryStoragePool
///
/// Ceph Pool存储池清单
///
/// `PUT /zstack/v1/primary-storage/ceph/pools/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: storage.ceph.primary
public nonisolated enum UpdateCephPrimaryStoragePool {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateCephPrimaryStoragePool",
        method: .put,
        pathTemplate: "/zstack/v1/primary-storage/ceph/pools/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// The `aliasName` field.
        public var aliasName: String?

        /// 资源的详细描述
        public var description: String?

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - aliasName: The `aliasName` field.
        ///   - description: 资源的详细描述
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            uuid: String,
            aliasName: String? = nil,
            description: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.aliasName = aliasName
            self.description = description
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"updateCephPrimaryStoragePool": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateCephPrimaryStoragePool"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var aliasName: String?
            var description: String?

            init(_ request: Request) {
                self.aliasName = request.aliasName
                self.description = request.description
            }

            private enum CodingKeys: String, CodingKey {
                case aliasName = "aliasName"
                case description = "description"
            }
        }
    }

    /// 更新 Ceph 主存储 Pool 存储池
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: CephPrimaryStoragePoolInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: CephPrimaryStoragePoolInventory? = nil) {
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
    /// UpdateCephPrimaryStoragePool
    ///
    /// Ceph Pool存储池清单
    ///
    /// `PUT /zstack/v1/primary-storage/ceph/pools/{uuid}/actions`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - aliasName: The `aliasName` field.
    ///   - description: 资源的详细描述
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新 Ceph 主存储 Pool 存储池
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateCephPrimaryStoragePool(
        uuid: String,
        aliasName: String? = nil,
        description: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateCephPrimaryStoragePool.Response {
        try await updateCephPrimaryStoragePool(
            UpdateCephPrimaryStoragePool.Request(
                uuid: uuid,
                aliasName: aliasName,
                description: description,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateCephPrimaryStoragePool
    ///
    /// Ceph Pool存储池清单
    ///
    /// `PUT /zstack/v1/primary-storage/ceph/pools/{uuid}/actions`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新 Ceph 主存储 Pool 存储池
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateCephPrimaryStoragePool(
        _ request: UpdateCephPrimaryStoragePool.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateCephPrimaryStoragePool.Response {
        var call = ZStackRequestBuilder(operation: UpdateCephPrimaryStoragePool.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UpdateCephPrimaryStoragePool.Body(request)
        return try await perform(call, polling: polling)
    }
}
