import HTTPTypes

/// AttachDataVolumeToVm
///
/// 挂载云盘到云主机上
///
/// `POST /zstack/v1/volumes/{volumeUuid}/vm-instances/{vmInstanceUuid}`, asynchronous, authorization required.
///
/// Category: volume
public nonisolated enum AttachDataVolumeToVm {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AttachDataVolumeToVm",
        method: .post,
        pathTemplate: "/zstack/v1/volumes/{volumeUuid}/vm-instances/{vmInstanceUuid}",
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

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 云盘清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 被挂载的云盘清单
        public var inventory: VolumeInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 被挂载的云盘清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: VolumeInventory? = nil) {
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
    /// AttachDataVolumeToVm
    ///
    /// 挂载云盘到云主机上
    ///
    /// `POST /zstack/v1/volumes/{volumeUuid}/vm-instances/{vmInstanceUuid}`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - volumeUuid: 云盘UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云盘清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachDataVolumeToVm(
        vmInstanceUuid: String,
        volumeUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachDataVolumeToVm.Response {
        try await attachDataVolumeToVm(
            AttachDataVolumeToVm.Request(
                vmInstanceUuid: vmInstanceUuid,
                volumeUuid: volumeUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AttachDataVolumeToVm
    ///
    /// 挂载云盘到云主机上
    ///
    /// `POST /zstack/v1/volumes/{volumeUuid}/vm-instances/{vmInstanceUuid}`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云盘清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachDataVolumeToVm(
        _ request: AttachDataVolumeToVm.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachDataVolumeToVm.Response {
        var call = ZStackRequestBuilder(operation: AttachDataVolumeToVm.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.setPathParameter("volumeUuid", to: request.volumeUuid)
        call.jsonBody = AttachDataVolumeToVm.Body(request)
        return try await perform(call, polling: polling)
    }
}
