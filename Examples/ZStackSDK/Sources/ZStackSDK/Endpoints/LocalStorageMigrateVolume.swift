import HTTPTypes

/// 迁移本地存储上存放的云盘(LocalStorageMigrateVolume)
///
/// 迁移本地存储上存放的云盘
///
/// `PUT /zstack/v1/primary-storage/local-storage/volumes/{volumeUuid}/actions`, asynchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum LocalStorageMigrateVolume {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "LocalStorageMigrateVolume",
        method: .put,
        pathTemplate: "/zstack/v1/primary-storage/local-storage/volumes/{volumeUuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云盘UUID
        public var volumeUuid: String

        /// 目标主机UUID
        public var destHostUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - volumeUuid: 云盘UUID
        ///   - destHostUuid: 目标主机UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(volumeUuid: String, destHostUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.volumeUuid = volumeUuid
            self.destHostUuid = destHostUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"localStorageMigrateVolume": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "localStorageMigrateVolume"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var destHostUuid: String

            init(_ request: Request) {
                self.destHostUuid = request.destHostUuid
            }

            private enum CodingKeys: String, CodingKey {
                case destHostUuid = "destHostUuid"
            }
        }
    }

    /// 本地存储资源引用清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: LocalStorageResourceRefInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: LocalStorageResourceRefInventory? = nil) {
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
    /// 迁移本地存储上存放的云盘(LocalStorageMigrateVolume)
    ///
    /// 迁移本地存储上存放的云盘
    ///
    /// `PUT /zstack/v1/primary-storage/local-storage/volumes/{volumeUuid}/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - volumeUuid: 云盘UUID
    ///   - destHostUuid: 目标主机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 本地存储资源引用清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func localStorageMigrateVolume(
        volumeUuid: String,
        destHostUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> LocalStorageMigrateVolume.Response {
        try await localStorageMigrateVolume(
            LocalStorageMigrateVolume.Request(
                volumeUuid: volumeUuid,
                destHostUuid: destHostUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 迁移本地存储上存放的云盘(LocalStorageMigrateVolume)
    ///
    /// 迁移本地存储上存放的云盘
    ///
    /// `PUT /zstack/v1/primary-storage/local-storage/volumes/{volumeUuid}/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 本地存储资源引用清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func localStorageMigrateVolume(
        _ request: LocalStorageMigrateVolume.Request,
        polling: ZStackPolling? = nil
    ) async throws -> LocalStorageMigrateVolume.Response {
        var call = ZStackRequestBuilder(operation: LocalStorageMigrateVolume.operation)
        call.setPathParameter("volumeUuid", to: request.volumeUuid)
        call.jsonBody = LocalStorageMigrateVolume.Body(request)
        return try await perform(call, polling: polling)
    }
}
