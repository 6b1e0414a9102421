import HTTPTypes

/// ChangeDiskOfferingState
///
/// 更改云盘规格的启用状态
///
/// 更改云盘规格的启用状态
///
/// `PUT /zstack/v1/disk-offerings/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: configuration
public nonisolated enum ChangeDiskOfferingState {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ChangeDiskOfferingState",
        method: .put,
        pathTemplate: "/zstack/v1/disk-offerings/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 状态事件
        public var stateEvent: ChangeDiskOfferingStateStateEvent

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - stateEvent: 状态事件
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            stateEvent: ChangeDiskOfferingStateStateEvent,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.stateEvent = stateEvent
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"changeDiskOfferingState": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "changeDiskOfferingState"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var stateEvent: ChangeDiskOfferingStateStateEvent

            init(_ request: Request) {
                self.stateEvent = request.stateEvent
            }

            private enum CodingKeys: String, CodingKey {
                case stateEvent = "stateEvent"
            }
        }
    }

    /// 云盘规格清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 云盘规格清单
        public var inventory: DiskOfferingInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 云盘规格清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: DiskOfferingInventory? = nil) {
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
    /// ChangeDiskOfferingState
    ///
    /// 更改云盘规格的启用状态
    ///
    /// 更改云盘规格的启用状态
    ///
    /// `PUT /zstack/v1/disk-offerings/{uuid}/actions`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - stateEvent: 状态事件
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云盘规格清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeDiskOfferingState(
        uuid: String,
        stateEvent: ChangeDiskOfferingStateStateEvent,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeDiskOfferingState.Response {
        try await changeDiskOfferingState(
            ChangeDiskOfferingState.Request(
                uuid: uuid,
                stateEvent: stateEvent,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// ChangeDiskOfferingState
    ///
    /// 更改云盘规格的启用状态
    ///
    /// 更改云盘规格的启用状态
    ///
    /// `PUT /zstack/v1/disk-offerings/{uuid}/actions`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云盘规格清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeDiskOfferingState(
        _ request: ChangeDiskOfferingState.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeDiskOfferingState.Response {
        var call = ZStackRequestBuilder(operation: ChangeDiskOfferingState.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ChangeDiskOfferingState.Body(request)
        return try await perform(call, polling: polling)
    }
}
