import HTTPTypes

/// 修改镜像状态(ChangeImageState)
///
/// 修改镜像状态
///
/// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: image
public nonisolated enum ChangeImageState {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ChangeImageState",
        method: .put,
        pathTemplate: "/zstack/v1/images/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 镜像的UUID，唯一标示该镜像
        public var uuid: String

        /// 镜像的状态
        public var stateEvent: ChangeImageStateStateEvent

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 镜像的UUID，唯一标示该镜像
        ///   - stateEvent: 镜像的状态
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            stateEvent: ChangeImageStateStateEvent,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.stateEvent = stateEvent
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"changeImageState": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "changeImageState"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var stateEvent: ChangeImageStateStateEvent

            init(_ request: Request) {
                self.stateEvent = request.stateEvent
            }

            private enum CodingKeys: String, CodingKey {
                case stateEvent = "stateEvent"
            }
        }
    }

    /// 镜像清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: ImageInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: ImageInventory? = nil) {
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
    /// 修改镜像状态(ChangeImageState)
    ///
    /// 修改镜像状态
    ///
    /// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 镜像的UUID，唯一标示该镜像
    ///   - stateEvent: 镜像的状态
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeImageState(
        uuid: String,
        stateEvent: ChangeImageStateStateEvent,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeImageState.Response {
        try await changeImageState(
            ChangeImageState.Request(uuid: uuid, stateEvent: stateEvent, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// 修改镜像状态(ChangeImageState)
    ///
    /// 修改镜像状态
    ///
    /// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeImageState(
        _ request: ChangeImageState.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeImageState.Response {
        var call = ZStackRequestBuilder(operation: ChangeImageState.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ChangeImageState.Body(request)
        return try await perform(call, polling: polling)
    }
}
