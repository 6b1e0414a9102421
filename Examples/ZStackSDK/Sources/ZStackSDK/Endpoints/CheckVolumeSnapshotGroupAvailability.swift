import HTTPTypes

/// CheckVolumeSnapshotGroupAvailability
///
/// 检查快照组可用性
///
/// `GET /zstack/v1/volume-snapshots/groups/availabilities`, synchronous, authorization required.
///
/// Category: snapshot.volume
public nonisolated enum CheckVolumeSnapshotGroupAvailability {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CheckVolumeSnapshotGroupAvailability",
            method: .get,
            pathTemplate: "/zstack/v1/volume-snapshots/groups/availabilities",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 快照组UUIDs
        public let uuids: [String]

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuids: 快照组UUIDs
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(uuids: [String], systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuids = uuids
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
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 检查快照组可用性
    ///
    /// A ``ResultsReply`` of ``VolumeSnapshotGroupAvailability``: the replies that differ only in that type share one
    /// generic type.
    ///
    /// - `results`: 快照组可用性结果
    public typealias Response = ResultsReply<VolumeSnapshotGroupAvailability>
}

nonisolated extension ZStackClient {
    /// CheckVolumeSnapshotGroupAvailability
    ///
    /// 检查快照组可用性
    ///
    /// `GET /zstack/v1/volume-snapshots/groups/availabilities`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - uuids: 快照组UUIDs
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    /// - Returns: 检查快照组可用性
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func checkVolumeSnapshotGroupAvailability(
        uuids: [String],
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> CheckVolumeSnapshotGroupAvailability.Response {
        try await checkVolumeSnapshotGroupAvailability(
            CheckVolumeSnapshotGroupAvailability.Request(uuids: uuids, systemTags: systemTags, userTags: userTags)
        )
    }

    /// CheckVolumeSnapshotGroupAvailability
    ///
    /// 检查快照组可用性
    ///
    /// `GET /zstack/v1/volume-snapshots/groups/availabilities`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 检查快照组可用性
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func checkVolumeSnapshotGroupAvailability(
        _ request: CheckVolumeSnapshotGroupAvailability.Request
    ) async throws -> CheckVolumeSnapshotGroupAvailability.Response {
        let call = ZStackRequestBuilder(operation: CheckVolumeSnapshotGroupAvailability.operation)
        call.appendQueryItems("uuids", values: request.uuids)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
