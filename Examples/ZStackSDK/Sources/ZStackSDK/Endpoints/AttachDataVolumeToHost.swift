import HTTPTypes

/// AttachDataVolumeToHost
///
/// 加载数据云盘到物理机
///
/// 加载数据云盘到物理机
///
/// `POST /zstack/v1/volumes/{volumeUuid}/hosts/{hostUuid}`, asynchronous, authorization required.
///
/// Category: volume
public nonisolated enum AttachDataVolumeToHost {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AttachDataVolumeToHost",
        method: .post,
        pathTemplate: "/zstack/v1/volumes/{volumeUuid}/hosts/{hostUuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云盘UUID
        public var volumeUuid: String

        /// 物理机UUID
        public var hostUuid: String

        /// 物理机上的挂载路径
        public var mountPath: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - volumeUuid: 云盘UUID
        ///   - hostUuid: 物理机UUID
        ///   - mountPath: 物理机上的挂载路径
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            volumeUuid: String,
            hostUuid: String,
            mountPath: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.volumeUuid = volumeUuid
            self.hostUuid = hostUuid
            self.mountPath = mountPath
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

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var mountPath: String

            init(_ request: Request) {
                self.mountPath = request.mountPath
            }

            private enum CodingKeys: String, CodingKey {
                case mountPath = "mountPath"
            }
        }
    }

    /// 加载数据云盘到物理机返回
    public struct Response: Codable, Sendable, Hashable {
        /// 加载数据云盘到物理机返回
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: 加载数据云盘到物理机返回
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
    /// AttachDataVolumeToHost
    ///
    /// 加载数据云盘到物理机
    ///
    /// 加载数据云盘到物理机
    ///
    /// `POST /zstack/v1/volumes/{volumeUuid}/hosts/{hostUuid}`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - volumeUuid: 云盘UUID
    ///   - hostUuid: 物理机UUID
    ///   - mountPath: 物理机上的挂载路径
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 加载数据云盘到物理机返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachDataVolumeToHost(
        volumeUuid: String,
        hostUuid: String,
        mountPath: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachDataVolumeToHost.Response {
        try await attachDataVolumeToHost(
            AttachDataVolumeToHost.Request(
                volumeUuid: volumeUuid,
                hostUuid: hostUuid,
                mountPath: mountPath,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AttachDataVolumeToHost
    ///
    /// 加载数据云盘到物理机
    ///
    /// 加载数据云盘到物理机
    ///
    /// `POST /zstack/v1/volumes/{volumeUuid}/hosts/{hostUuid}`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 加载数据云盘到物理机返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachDataVolumeToHost(
        _ request: AttachDataVolumeToHost.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachDataVolumeToHost.Response {
        var call = ZStackRequestBuilder(operation: AttachDataVolumeToHost.operation)
        call.setPathParameter("volumeUuid", to: request.volumeUuid)
        call.setPathParameter("hostUuid", to: request.hostUuid)
        call.jsonBody = AttachDataVolumeToHost.Body(request)
        return try await perform(call, polling: polling)
    }
}
