import HTTPTypes

/// 更新镜像服务器信息(UpdateBackupStorage)
///
/// 更新镜像服务器信息
///
/// `PUT /zstack/v1/backup-storage/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: storage.backup
public nonisolated enum UpdateBackupStorage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateBackupStorage",
        method: .put,
        pathTemplate: "/zstack/v1/backup-storage/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 指定目标镜像服务器的UUID
        public var uuid: String

        /// 镜像服务器的新名称
        public var name: String?

        /// 镜像服务器新的详细描述
        public var description: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 指定目标镜像服务器的UUID
        ///   - name: 镜像服务器的新名称
        ///   - description: 镜像服务器新的详细描述
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            name: String? = nil,
            description: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.name = name
            self.description = description
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"updateBackupStorage": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateBackupStorage"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var name: String?
            var description: String?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
            }
        }
    }

    /// 镜像服务器清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: BackupStorageInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
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
    /// 更新镜像服务器信息(UpdateBackupStorage)
    ///
    /// 更新镜像服务器信息
    ///
    /// `PUT /zstack/v1/backup-storage/{uuid}/actions`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 指定目标镜像服务器的UUID
    ///   - name: 镜像服务器的新名称
    ///   - description: 镜像服务器新的详细描述
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateBackupStorage(
        uuid: String,
        name: String? = nil,
        description: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateBackupStorage.Response {
        try await updateBackupStorage(
            UpdateBackupStorage.Request(
                uuid: uuid,
                name: name,
                description: description,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 更新镜像服务器信息(UpdateBackupStorage)
    ///
    /// 更新镜像服务器信息
    ///
    /// `PUT /zstack/v1/backup-storage/{uuid}/actions`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateBackupStorage(
        _ request: UpdateBackupStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateBackupStorage.Response {
        var call = ZStackRequestBuilder(operation: UpdateBackupStorage.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UpdateBackupStorage.Body(request)
        return try await perform(call, polling: polling)
    }
}
