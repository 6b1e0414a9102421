import HTTPTypes

/// 停止云主机(StopVmInstance)
///
/// 停止一个云主机
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum StopVmInstance {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "StopVmInstance",
        method: .put,
        pathTemplate: "/zstack/v1/vm-instances/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云主机UUID
        public var uuid: String

        /// 停止云主机的方式。`grace`：优雅关机，需要云主机里安装了相关ACPI驱动；`cold`：冷关机，相当于直接断电
        public var type: StopVmInstanceTypeValue?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 彻底关闭HA云主机
        public var stopHA: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 云主机UUID
        ///   - type: 停止云主机的方式。`grace`：优雅关机，需要云主机里安装了相关ACPI驱动；`cold`：冷关机，相当于直接断电
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - stopHA: 彻底关闭HA云主机
        public init(
            uuid: String,
            type: StopVmInstanceTypeValue? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            stopHA: String? = nil
        ) {
            self.uuid = uuid
            self.type = type
            self.systemTags = systemTags
            self.userTags = userTags
            self.stopHA = stopHA
        }
    }

    /// The JSON body of a request: `{"stopVmInstance": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "stopVmInstance"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var type: StopVmInstanceTypeValue?
            var stopHA: String?

            init(_ request: Request) {
                self.type = request.type
                self.stopHA = request.stopHA
            }

            private enum CodingKeys: String, CodingKey {
                case type = "type"
                case stopHA = "stopHA"
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
    /// 停止云主机(StopVmInstance)
    ///
    /// 停止一个云主机
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 云主机UUID
    ///   - type: 停止云主机的方式。`grace`：优雅关机，需要云主机里安装了相关ACPI驱动；`cold`：冷关机，相当于直接断电
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - stopHA: 彻底关闭HA云主机
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func stopVmInstance(
        uuid: String,
        type: StopVmInstanceTypeValue? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        stopHA: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> StopVmInstance.Response {
        try await stopVmInstance(
            StopVmInstance.Request(uuid: uuid, type: type, systemTags: systemTags, userTags: userTags, stopHA: stopHA),
            polling: polling
        )
    }

    /// 停止云主机(StopVmInstance)
    ///
    /// 停止一个云主机
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
    public func stopVmInstance(
        _ request: StopVmInstance.Request,
        polling: ZStackPolling? = nil
    ) async throws -> StopVmInstance.Response {
        var call = ZStackRequestBuilder(operation: StopVmInstance.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = StopVmInstance.Body(request)
        return try await perform(call, polling: polling)
    }
}
