import HTTPTypes

/// 刷新主存储容量(SyncPrimaryStorageCapacity)
///
/// 刷新主存储容量
///
/// `PUT /zstack/v1/primary-storage/{primaryStorageUuid}/actions`, asynchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum SyncPrimaryStorageCapacity {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "SyncPrimaryStorageCapacity",
        method: .put,
        pathTemplate: "/zstack/v1/primary-storage/{primaryStorageUuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 主存储UUID
        public var primaryStorageUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - primaryStorageUuid: 主存储UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(primaryStorageUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.primaryStorageUuid = primaryStorageUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"syncPrimaryStorageCapacity": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "syncPrimaryStorageCapacity"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
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
    /// 刷新主存储容量(SyncPrimaryStorageCapacity)
    ///
    /// 刷新主存储容量
    ///
    /// `PUT /zstack/v1/primary-storage/{primaryStorageUuid}/actions`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - primaryStorageUuid: 主存储UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func syncPrimaryStorageCapacity(
        primaryStorageUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> SyncPrimaryStorageCapacity.Response {
        try await syncPrimaryStorageCapacity(
            SyncPrimaryStorageCapacity.Request(
                primaryStorageUuid: primaryStorageUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 刷新主存储容量(SyncPrimaryStorageCapacity)
    ///
    /// 刷新主存储容量
    ///
    /// `PUT /zstack/v1/primary-storage/{primaryStorageUuid}/actions`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func syncPrimaryStorageCapacity(
        _ request: SyncPrimaryStorageCapacity.Request,
        polling: ZStackPolling? = nil
    ) async throws -> SyncPrimaryStorageCapacity.Response {
        var call = ZStackRequestBuilder(operation: SyncPrimaryStorageCapacity.operation)
        call.setPathParameter("primaryStorageUuid", to: request.primaryStorageUuid)
        call.jsonBody = SyncPrimaryStorageCapacity.Body(request)
        return try await perform(call, polling: polling)
    }
}
