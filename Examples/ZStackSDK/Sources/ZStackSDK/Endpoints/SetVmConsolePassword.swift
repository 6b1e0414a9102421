import HTTPTypes

/// 设置云主机控制台密码(SetVmConsolePassword)
///
/// 设置一个云主机控制台密码
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum SetVmConsolePassword {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "SetVmConsolePassword",
        method: .put,
        pathTemplate: "/zstack/v1/vm-instances/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云主机UUID
        public var uuid: String

        /// 控制台密码，明文字符串
        public var consolePassword: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 云主机UUID
        ///   - consolePassword: 控制台密码，明文字符串
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, consolePassword: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.consolePassword = consolePassword
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"setVmConsolePassword": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "setVmConsolePassword"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var consolePassword: String

            init(_ request: Request) {
                self.consolePassword = request.consolePassword
            }

            private enum CodingKeys: String, CodingKey {
                case consolePassword = "consolePassword"
            }
        }
    }

    /// 云主机清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: VmInstanceInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: VmInstanceInventory? = nil) {
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
    /// 设置云主机控制台密码(SetVmConsolePassword)
    ///
    /// 设置一个云主机控制台密码
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 云主机UUID
    ///   - consolePassword: 控制台密码，明文字符串
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setVmConsolePassword(
        uuid: String,
        consolePassword: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> SetVmConsolePassword.Response {
        try await setVmConsolePassword(
            SetVmConsolePassword.Request(
                uuid: uuid,
                consolePassword: consolePassword,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 设置云主机控制台密码(SetVmConsolePassword)
    ///
    /// 设置一个云主机控制台密码
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setVmConsolePassword(
        _ request: SetVmConsolePassword.Request,
        polling: ZStackPolling? = nil
    ) async throws -> SetVmConsolePassword.Response {
        var call = ZStackRequestBuilder(operation: SetVmConsolePassword.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = SetVmConsolePassword.Body(request)
        return try await perform(call, polling: polling)
    }
}
