import HTTPTypes

/// DeleteVolumeSnapshotGroup
///
/// 删除快照组
///
/// `DELETE /zstack/v1/volume-snapshots/group/{uuid}`, asynchronous, authorization required.
///
/// Category: snapshot.volume
public nonisolated enum DeleteVolumeSnapshotGroup {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "DeleteVolumeSnapshotGroup",
            method: .delete,
            pathTemplate: "/zstack/v1/volume-snapshots/group/{uuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// The `deleteMode` field.
        public let deleteMode: String?

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - deleteMode: The `deleteMode` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(uuid: String, deleteMode: String? = nil, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.deleteMode, rhs.deleteMode) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 删除快照组结果
    ///
    /// A ``ResultsReply`` of ``DeleteSnapshotGroupResult``: the replies that differ only in that type share one generic
    /// type.
    ///
    /// - `results`: 删除快照组结果，对应组内每一个快照
    public typealias Response = ResultsReply<DeleteSnapshotGroupResult>
}

nonisolated extension ZStackClient {
    /// DeleteVolumeSnapshotGroup
    ///
    /// 删除快照组
    ///
    /// `DELETE /zstack/v1/volume-snapshots/group/{uuid}`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - deleteMode: The `deleteMode` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 删除快照组结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func deleteVolumeSnapshotGroup(
        uuid: String,
        deleteMode: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DeleteVolumeSnapshotGroup.Response {
        try await deleteVolumeSnapshotGroup(
            DeleteVolumeSnapshotGroup.Request(
                uuid: uuid,
                deleteMode: deleteMode,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// DeleteVolumeSnapshotGroup
    ///
    /// 删除快照组
    ///
    /// `DELETE /zstack/v1/volume-snapshots/group/{uuid}`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 删除快照组结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func deleteVolumeSnapshotGroup(
        _ request: DeleteVolumeSnapshotGroup.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DeleteVolumeSnapshotGroup.Response {
        let call = ZStackRequestBuilder(operation: DeleteVolumeSnapshotGroup.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItem("deleteMode", value: request.deleteMode)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
