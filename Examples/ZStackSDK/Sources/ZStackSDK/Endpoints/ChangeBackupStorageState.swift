import HTTPTypes

/// 更改镜像服务器可用状态(ChangeBackupStorageState)
///
/// 更改镜像服务器的可用状态
///
/// `PUT /zstack/v1/backup-storage/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: storage.backup
public nonisolated enum ChangeBackupStorageState {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ChangeBackupStorageState",
        method: .put,
        pathTemplate: "/zstack/v1/backup-storage/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 镜像服务器的目标状态
        public var stateEvent: ChangeBackupStorageStateStateEvent

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - stateEvent: 镜像服务器的目标状态
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            stateEvent: ChangeBackupStorageStateStateEvent,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.stateEvent = stateEvent
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"changeBackupStorageState": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "changeBackupStorageState"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var stateEvent: ChangeBackupStorageStateStateEvent

            init(_ request: Request) {
                self.stateEvent = request.stateEvent
            }

            private enum CodingKeys: String, CodingKey {
                case stateEvent = "stateEvent"
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
    /// 更改镜像服务器可用状态(ChangeBackupStorageState)
    ///
    /// 更改镜像服务器的可用状态
    ///
    /// `PUT /zstack/v1/backup-storage/{uuid}/actions`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - stateEvent: 镜像服务器的目标状态
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeBackupStorageState(
        uuid: String,
        stateEvent: ChangeBackupStorageStateStateEvent,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeBackupStorageState.Response {
        try await changeBackupStorageState(
            ChangeBackupStorageState.Request(
                uuid: uuid,
                stateEvent: stateEvent,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 更改镜像服务器可用状态(ChangeBackupStorageState)
    ///
    /// 更改镜像服务器的可用状态
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
    public func changeBackupStorageState(
        _ request: ChangeBackupStorageState.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeBackupStorageState.Response {
        var call = ZStackRequestBuilder(operation: ChangeBackupStorageState.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ChangeBackupStorageState.Body(request)
        return try await perform(call, polling: polling)
    }
}
