import HTTPTypes

/// FlattenVolume
///
/// 扁平合并云盘
///
/// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: volume
public nonisolated enum FlattenVolume {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "FlattenVolume",
        method: .put,
        pathTemplate: "/zstack/v1/volumes/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

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
        ///   - dryRun: 试运行，可用于预测数据用量
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, dryRun: Bool? = nil, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.dryRun = dryRun
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"flattenVolume": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "flattenVolume"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var dryRun: Bool?

            init(_ request: Request) {
                self.dryRun = request.dryRun
            }

            private enum CodingKeys: String, CodingKey {
                case dryRun = "dryRun"
            }
        }
    }

    /// 扁平合并云盘结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `inventory` field.
        public var inventory: VolumeInventory?

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
        public init(inventory: VolumeInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
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
    /// FlattenVolume
    ///
    /// 扁平合并云盘
    ///
    /// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - dryRun: 试运行，可用于预测数据用量
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 扁平合并云盘结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func flattenVolume(
        uuid: String,
        dryRun: Bool? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> FlattenVolume.Response {
        try await flattenVolume(
            FlattenVolume.Request(uuid: uuid, dryRun: dryRun, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// FlattenVolume
    ///
    /// 扁平合并云盘
    ///
    /// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 扁平合并云盘结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func flattenVolume(
        _ request: FlattenVolume.Request,
        polling: ZStackPolling? = nil
    ) async throws -> FlattenVolume.Response {
        var call = ZStackRequestBuilder(operation: FlattenVolume.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = FlattenVolume.Body(request)
        return try await perform(call, polling: polling)
    }
}
