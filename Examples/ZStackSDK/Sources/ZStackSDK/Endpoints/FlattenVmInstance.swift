import HTTPTypes

/// FlattenVmInstance
///
/// 扁平合并云主机
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum FlattenVmInstance {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "FlattenVmInstance",
        method: .put,
        pathTemplate: "/zstack/v1/vm-instances/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 扁平合并云主机上所有云盘
        public var full: Bool?

        /// 试运行，可用于预测数据用量
        public var dryRun: Bool?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - full: 扁平合并云主机上所有云盘
        ///   - dryRun: 试运行，可用于预测数据用量
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            full: Bool? = nil,
            dryRun: Bool? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.full = full
            self.dryRun = dryRun
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"flattenVmInstance": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "flattenVmInstance"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var full: Bool?
            var dryRun: Bool?

            init(_ request: Request) {
                self.full = request.full
                self.dryRun = request.dryRun
            }

            private enum CodingKeys: String, CodingKey {
                case full = "full"
                case dryRun = "dryRun"
            }
        }
    }

    /// 扁平合并云主机结果
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
    /// FlattenVmInstance
    ///
    /// 扁平合并云主机
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - full: 扁平合并云主机上所有云盘
    ///   - dryRun: 试运行，可用于预测数据用量
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 扁平合并云主机结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func flattenVmInstance(
        uuid: String,
        full: Bool? = nil,
        dryRun: Bool? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> FlattenVmInstance.Response {
        try await flattenVmInstance(
            FlattenVmInstance.Request(
                uuid: uuid,
                full: full,
                dryRun: dryRun,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// FlattenVmInstance
    ///
    /// 扁平合并云主机
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 扁平合并云主机结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func flattenVmInstance(
        _ request: FlattenVmInstance.Request,
        polling: ZStackPolling? = nil
    ) async throws -> FlattenVmInstance.Response {
        var call = ZStackRequestBuilder(operation: FlattenVmInstance.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = FlattenVmInstance.Body(request)
        return try await perform(call, polling: polling)
    }
}
