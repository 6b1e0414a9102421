import HTTPTypes

/// SetVmClockTrack
///
/// 设置云主机时钟同步
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum SetVmClockTrack {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "SetVmClockTrack",
        method: .put,
        pathTemplate: "/zstack/v1/vm-instances/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// vmUuid
        public var uuid: String

        /// BIOS时钟同步策略
        public var track: SetVmClockTrackTrack

        /// 暂停到恢复是否同步
        public var syncAfterVMResume: Bool?

        /// 定期同步时间间隔
        public var intervalInSeconds: SetVmClockTrackIntervalInSeconds?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: vmUuid
        ///   - track: BIOS时钟同步策略
        ///   - syncAfterVMResume: 暂停到恢复是否同步
        ///   - intervalInSeconds: 定期同步时间间隔
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            track: SetVmClockTrackTrack,
            syncAfterVMResume: Bool? = nil,
            intervalInSeconds: SetVmClockTrackIntervalInSeconds? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.track = track
            self.syncAfterVMResume = syncAfterVMResume
            self.intervalInSeconds = intervalInSeconds
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"setVmClockTrack": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "setVmClockTrack"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var track: SetVmClockTrackTrack
            var syncAfterVMResume: Bool?
            var intervalInSeconds: SetVmClockTrackIntervalInSeconds?

            init(_ request: Request) {
                self.track = request.track
                self.syncAfterVMResume = request.syncAfterVMResume
                self.intervalInSeconds = request.intervalInSeconds
            }

            private enum CodingKeys: String, CodingKey {
                case track = "track"
                case syncAfterVMResume = "syncAfterVMResume"
                case intervalInSeconds = "intervalInSeconds"
            }
        }
    }

    /// 设置云主机时钟同步的结果
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
    /// SetVmClockTrack
    ///
    /// 设置云主机时钟同步
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: vmUuid
    ///   - track: BIOS时钟同步策略
    ///   - syncAfterVMResume: 暂停到恢复是否同步
    ///   - intervalInSeconds: 定期同步时间间隔
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 设置云主机时钟同步的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setVmClockTrack(
        uuid: String,
        track: SetVmClockTrackTrack,
        syncAfterVMResume: Bool? = nil,
        intervalInSeconds: SetVmClockTrackIntervalInSeconds? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> SetVmClockTrack.Response {
        try await setVmClockTrack(
            SetVmClockTrack.Request(
                uuid: uuid,
                track: track,
                syncAfterVMResume: syncAfterVMResume,
                intervalInSeconds: intervalInSeconds,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// SetVmClockTrack
    ///
    /// 设置云主机时钟同步
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 设置云主机时钟同步的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setVmClockTrack(
        _ request: SetVmClockTrack.Request,
        polling: ZStackPolling? = nil
    ) async throws -> SetVmClockTrack.Response {
        var call = ZStackRequestBuilder(operation: SetVmClockTrack.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = SetVmClockTrack.Body(request)
        return try await perform(call, polling: polling)
    }
}
