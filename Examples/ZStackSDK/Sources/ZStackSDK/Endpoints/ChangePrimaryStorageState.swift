import HTTPTypes

/// 更改主存储状态(ChangePrimaryStorageState)
///
/// 更改主存储状态
///
/// `PUT /zstack/v1/primary-storage/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum ChangePrimaryStorageState {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ChangePrimaryStorageState",
        method: .put,
        pathTemplate: "/zstack/v1/primary-storage/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 主存储的UUID，唯一标示该资源
        public var uuid: String

        /// 主存储的目标状态
        public var stateEvent: ChangePrimaryStorageStateStateEvent

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 主存储的UUID，唯一标示该资源
        ///   - stateEvent: 主存储的目标状态
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            stateEvent: ChangePrimaryStorageStateStateEvent,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.stateEvent = stateEvent
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"changePrimaryStorageState": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "changePrimaryStorageState"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var stateEvent: ChangePrimaryStorageStateStateEvent

            init(_ request: Request) {
                self.stateEvent = request.stateEvent
            }

            private enum CodingKeys: String, CodingKey {
                case stateEvent = "stateEvent"
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
    /// 更改主存储状态(ChangePrimaryStorageState)
    ///
    /// 更改主存储状态
    ///
    /// `PUT /zstack/v1/primary-storage/{uuid}/actions`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 主存储的UUID，唯一标示该资源
    ///   - stateEvent: 主存储的目标状态
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changePrimaryStorageState(
        uuid: String,
        stateEvent: ChangePrimaryStorageStateStateEvent,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangePrimaryStorageState.Response {
        try await changePrimaryStorageState(
            ChangePrimaryStorageState.Request(
                uuid: uuid,
                stateEvent: stateEvent,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 更改主存储状态(ChangePrimaryStorageState)
    ///
    /// 更改主存储状态
    ///
    /// `PUT /zstack/v1/primary-storage/{uuid}/actions`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changePrimaryStorageState(
        _ request: ChangePrimaryStorageState.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangePrimaryStorageState.Response {
        var call = ZStackRequestBuilder(operation: ChangePrimaryStorageState.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ChangePrimaryStorageState.Body(request)
        return try await perform(call, polling: polling)
    }
}
