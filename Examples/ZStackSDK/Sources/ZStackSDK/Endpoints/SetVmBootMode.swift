import HTTPTypes

/// SetVmBootMode
///
/// 设置云主机启动模式
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum SetVmBootMode {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "SetVmBootMode",
        method: .put,
        pathTemplate: "/zstack/v1/vm-instances/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// The `bootMode` field.
        public var bootMode: String

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - bootMode: The `bootMode` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(uuid: String, bootMode: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.bootMode = bootMode
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"setVmBootMode": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "setVmBootMode"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var bootMode: String

            init(_ request: Request) {
                self.bootMode = request.bootMode
            }

            private enum CodingKeys: String, CodingKey {
                case bootMode = "bootMode"
            }
        }
    }

    /// 操作返回结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(success: Bool? = nil, error: ErrorCode? = nil) {
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// SetVmBootMode
    ///
    /// 设置云主机启动模式
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - bootMode: The `bootMode` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setVmBootMode(
        uuid: String,
        bootMode: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> SetVmBootMode.Response {
        try await setVmBootMode(
            SetVmBootMode.Request(uuid: uuid, bootMode: bootMode, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// SetVmBootMode
    ///
    /// 设置云主机启动模式
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setVmBootMode(
        _ request: SetVmBootMode.Request,
        polling: ZStackPolling? = nil
    ) async throws -> SetVmBootMode.Response {
        var call = ZStackRequestBuilder(operation: SetVmBootMode.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = SetVmBootMode.Body(request)
        return try await perform(call, polling: polling)
    }
}
