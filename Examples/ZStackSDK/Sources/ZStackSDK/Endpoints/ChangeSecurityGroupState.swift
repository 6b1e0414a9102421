import HTTPTypes

/// ChangeSecurityGroupState
///
/// 改变安全组状态
///
/// 改变安全组状态
///
/// `PUT /zstack/v1/security-groups/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: securityGroup
public nonisolated enum ChangeSecurityGroupState {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ChangeSecurityGroupState",
        method: .put,
        pathTemplate: "/zstack/v1/security-groups/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 安全组状态
        public var stateEvent: ChangeSecurityGroupStateStateEvent

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - stateEvent: 安全组状态
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            stateEvent: ChangeSecurityGroupStateStateEvent,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.stateEvent = stateEvent
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"changeSecurityGroupState": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "changeSecurityGroupState"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var stateEvent: ChangeSecurityGroupStateStateEvent

            init(_ request: Request) {
                self.stateEvent = request.stateEvent
            }

            private enum CodingKeys: String, CodingKey {
                case stateEvent = "stateEvent"
            }
        }
    }

    /// 安全组（Security Group）清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: SecurityGroupInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: SecurityGroupInventory? = nil) {
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
    /// ChangeSecurityGroupState
    ///
    /// 改变安全组状态
    ///
    /// 改变安全组状态
    ///
    /// `PUT /zstack/v1/security-groups/{uuid}/actions`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - stateEvent: 安全组状态
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeSecurityGroupState(
        uuid: String,
        stateEvent: ChangeSecurityGroupStateStateEvent,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeSecurityGroupState.Response {
        try await changeSecurityGroupState(
            ChangeSecurityGroupState.Request(
                uuid: uuid,
                stateEvent: stateEvent,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// ChangeSecurityGroupState
    ///
    /// 改变安全组状态
    ///
    /// 改变安全组状态
    ///
    /// `PUT /zstack/v1/security-groups/{uuid}/actions`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeSecurityGroupState(
        _ request: ChangeSecurityGroupState.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeSecurityGroupState.Response {
        var call = ZStackRequestBuilder(operation: ChangeSecurityGroupState.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ChangeSecurityGroupState.Body(request)
        return try await perform(call, polling: polling)
    }
}
