import HTTPTypes

/// 在这里填写API标题
///
/// 在这里填写API描述
///
/// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous, authorization required.
public nonisolated enum BackupDataVolume {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "BackupDataVolume",
        method: .put,
        pathTemplate: "/zstack/v1/volumes/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 镜像存储UUID
        public var backupStorageUuid: String?

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - backupStorageUuid: 镜像存储UUID
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            backupStorageUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.backupStorageUuid = backupStorageUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"backupDataVolume": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "backupDataVolume"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var backupStorageUuid: String?

            init(_ request: Request) {
                self.backupStorageUuid = request.backupStorageUuid
            }

            private enum CodingKeys: String, CodingKey {
                case backupStorageUuid = "backupStorageUuid"
            }
        }
    }

    /// The reply's fields.
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: VolumeInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
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
    /// 在这里填写API标题
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - backupStorageUuid: 镜像存储UUID
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func backupDataVolume(
        uuid: String,
        backupStorageUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> BackupDataVolume.Response {
        try await backupDataVolume(
            BackupDataVolume.Request(
                uuid: uuid,
                backupStorageUuid: backupStorageUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 在这里填写API标题
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func backupDataVolume(
        _ request: BackupDataVolume.Request,
        polling: ZStackPolling? = nil
    ) async throws -> BackupDataVolume.Response {
        var call = ZStackRequestBuilder(operation: BackupDataVolume.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = BackupDataVolume.Body(request)
        return try await perform(call, polling: polling)
    }
}
