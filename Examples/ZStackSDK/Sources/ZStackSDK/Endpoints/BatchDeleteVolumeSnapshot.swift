import HTTPTypes

/// BatchDeleteVolumeSnapshot
///
/// 批量删除云盘快照
///
/// `PUT /zstack/v1/volume-snapshots/batch-delete`, asynchronous, authorization required.
///
/// Category: snapshot.volume
public nonisolated enum BatchDeleteVolumeSnapshot {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "BatchDeleteVolumeSnapshot",
            method: .put,
            pathTemplate: "/zstack/v1/volume-snapshots/batch-delete",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云盘快照UUID列表
        public let uuids: [String]

        /// The `deleteMode` field.
        public let deleteMode: String?

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuids: 云盘快照UUID列表
        ///   - deleteMode: The `deleteMode` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            uuids: [String],
            deleteMode: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuids = uuids
            self.deleteMode = deleteMode
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
            guard ZStackFieldwise.same(lhs.uuids, rhs.uuids) else { return false }
            guard ZStackFieldwise.same(lhs.deleteMode, rhs.deleteMode) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 批量删除快照结果
    ///
    /// A ``ResultsReply`` of ``BatchDeleteVolumeSnapshotStruct``: the replies that differ only in that type share one
    /// generic type.
    ///
    /// - `results`: 每个快照的删除结果
    public typealias Response = ResultsReply<BatchDeleteVolumeSnapshotStruct>
}

nonisolated extension ZStackClient {
    /// BatchDeleteVolumeSnapshot
    ///
    /// 批量删除云盘快照
    ///
    /// `PUT /zstack/v1/volume-snapshots/batch-delete`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuids: 云盘快照UUID列表
    ///   - deleteMode: The `deleteMode` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 批量删除快照结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func batchDeleteVolumeSnapshot(
        uuids: [String],
        deleteMode: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> BatchDeleteVolumeSnapshot.Response {
        try await batchDeleteVolumeSnapshot(
            BatchDeleteVolumeSnapshot.Request(
                uuids: uuids,
                deleteMode: deleteMode,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// BatchDeleteVolumeSnapshot
    ///
    /// 批量删除云盘快照
    ///
    /// `PUT /zstack/v1/volume-snapshots/batch-delete`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 批量删除快照结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func batchDeleteVolumeSnapshot(
        _ request: BatchDeleteVolumeSnapshot.Request,
        polling: ZStackPolling? = nil
    ) async throws -> BatchDeleteVolumeSnapshot.Response {
        let call = ZStackRequestBuilder(operation: BatchDeleteVolumeSnapshot.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "batchDeleteVolumeSnapshot") { wrapped in
                try wrapped.encodeValue(request.uuids, forKey: "uuids")
                try wrapped.encodeValue(request.deleteMode, forKey: "deleteMode")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
