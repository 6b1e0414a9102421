import HTTPTypes

/// RevertVmFromSnapshotGroup
///
/// 从快照组恢复云主机
///
/// `PUT /zstack/v1/volume-snapshots/group/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: snapshot.volume
public nonisolated enum RevertVmFromSnapshotGroup {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "RevertVmFromSnapshotGroup",
            method: .put,
            pathTemplate: "/zstack/v1/volume-snapshots/group/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 快照组的UUID
        public let uuid: String

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 快照组的UUID
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(uuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
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
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 从快照组恢复云主机结果
    ///
    /// A ``ResultsReply`` of ``RevertSnapshotGroupResult``: the replies that differ only in that type share one generic
    /// type.
    ///
    /// - `results`: 恢复快照组结果，对应组内每个快照的恢复结果
    public typealias Response = ResultsReply<RevertSnapshotGroupResult>
}

nonisolated extension ZStackClient {
    /// RevertVmFromSnapshotGroup
    ///
    /// 从快照组恢复云主机
    ///
    /// `PUT /zstack/v1/volume-snapshots/group/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 快照组的UUID
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 从快照组恢复云主机结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func revertVmFromSnapshotGroup(
        uuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RevertVmFromSnapshotGroup.Response {
        try await revertVmFromSnapshotGroup(
            RevertVmFromSnapshotGroup.Request(uuid: uuid, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// RevertVmFromSnapshotGroup
    ///
    /// 从快照组恢复云主机
    ///
    /// `PUT /zstack/v1/volume-snapshots/group/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 从快照组恢复云主机结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func revertVmFromSnapshotGroup(
        _ request: RevertVmFromSnapshotGroup.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RevertVmFromSnapshotGroup.Response {
        let call = ZStackRequestBuilder(operation: RevertVmFromSnapshotGroup.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            body.encodeObject(forKey: "revertVmFromSnapshotGroup") { _ in }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
