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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "SetVmClockTrack",
            method: .put,
            pathTemplate: "/zstack/v1/vm-instances/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// vmUuid
        public let uuid: String

        /// BIOS时钟同步策略
        public let track: SetVmClockTrackTrack

        /// 暂停到恢复是否同步
        public let syncAfterVMResume: Bool?

        /// 定期同步时间间隔
        public let intervalInSeconds: SetVmClockTrackIntervalInSeconds?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

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

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.track, rhs.track) else { return false }
            guard ZStackFieldwise.same(lhs.syncAfterVMResume, rhs.syncAfterVMResume) else { return false }
            guard ZStackFieldwise.same(lhs.intervalInSeconds, rhs.intervalInSeconds) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 设置云主机时钟同步的结果
    ///
    /// An ``InventoryReply`` of ``VmInstanceInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<VmInstanceInventory>
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
        let call = ZStackRequestBuilder(operation: SetVmClockTrack.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "setVmClockTrack") { wrapped in
                try wrapped.encodeValue(request.track, forKey: "track")
                try wrapped.encodeValue(request.syncAfterVMResume, forKey: "syncAfterVMResume")
                try wrapped.encodeValue(request.intervalInSeconds, forKey: "intervalInSeconds")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
