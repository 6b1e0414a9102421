import HTTPTypes

/// SetVmBootVolume
///
/// 设置云主机启动盘
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum SetVmBootVolume {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "SetVmBootVolume",
        method: .put,
        pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云主机UUID
        public var vmInstanceUuid: String

        /// 云盘UUID
        public var volumeUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: 云主机UUID
        ///   - volumeUuid: 云盘UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            vmInstanceUuid: String,
            volumeUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.vmInstanceUuid = vmInstanceUuid
            self.volumeUuid = volumeUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"setVmBootVolume": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "setVmBootVolume"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var volumeUuid: String

            init(_ request: Request) {
                self.volumeUuid = request.volumeUuid
            }

            private enum CodingKeys: String, CodingKey {
                case volumeUuid = "volumeUuid"
            }
        }
    }

    /// 设置云主机启动盘的结果
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
    /// SetVmBootVolume
    ///
    /// 设置云主机启动盘
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - volumeUuid: 云盘UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 设置云主机启动盘的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setVmBootVolume(
        vmInstanceUuid: String,
        volumeUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> SetVmBootVolume.Response {
        try await setVmBootVolume(
            SetVmBootVolume.Request(
                vmInstanceUuid: vmInstanceUuid,
                volumeUuid: volumeUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// SetVmBootVolume
    ///
    /// 设置云主机启动盘
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 设置云主机启动盘的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setVmBootVolume(
        _ request: SetVmBootVolume.Request,
        polling: ZStackPolling? = nil
    ) async throws -> SetVmBootVolume.Response {
        var call = ZStackRequestBuilder(operation: SetVmBootVolume.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.jsonBody = SetVmBootVolume.Body(request)
        return try await perform(call, polling: polling)
    }
}
