import HTTPTypes

/// ChangeVmNicState
///
/// 修改云主机网卡状态
///
/// `PUT /zstack/v1/vm-instances/nics/{vmNicUuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum ChangeVmNicState {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ChangeVmNicState",
        method: .put,
        pathTemplate: "/zstack/v1/vm-instances/nics/{vmNicUuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云主机网卡UUID
        public var vmNicUuid: String

        /// 云主机网卡状态
        public var state: ChangeVmNicStateState

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmNicUuid: 云主机网卡UUID
        ///   - state: 云主机网卡状态
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            vmNicUuid: String,
            state: ChangeVmNicStateState,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.vmNicUuid = vmNicUuid
            self.state = state
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"changeVmNicState": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "changeVmNicState"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var state: ChangeVmNicStateState

            init(_ request: Request) {
                self.state = request.state
            }

            private enum CodingKeys: String, CodingKey {
                case state = "state"
            }
        }
    }

    /// 云主机清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `inventory` field.
        public var inventory: VmInstanceInventory?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - inventory: The `inventory` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(inventory: VmInstanceInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.inventory = inventory
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case inventory = "inventory"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// ChangeVmNicState
    ///
    /// 修改云主机网卡状态
    ///
    /// `PUT /zstack/v1/vm-instances/nics/{vmNicUuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - state: 云主机网卡状态
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeVmNicState(
        vmNicUuid: String,
        state: ChangeVmNicStateState,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeVmNicState.Response {
        try await changeVmNicState(
            ChangeVmNicState.Request(vmNicUuid: vmNicUuid, state: state, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// ChangeVmNicState
    ///
    /// 修改云主机网卡状态
    ///
    /// `PUT /zstack/v1/vm-instances/nics/{vmNicUuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeVmNicState(
        _ request: ChangeVmNicState.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeVmNicState.Response {
        var call = ZStackRequestBuilder(operation: ChangeVmNicState.operation)
        call.setPathParameter("vmNicUuid", to: request.vmNicUuid)
        call.jsonBody = ChangeVmNicState.Body(request)
        return try await perform(call, polling: polling)
    }
}
