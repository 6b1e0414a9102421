import HTTPTypes

/// GetCandidateBackupStorageForCreatingImage
///
/// 获取创建镜像的备份存储候选
///
/// `GET /zstack/v1/images/volume-snapshots/{volumeSnapshotUuid}/candidate-backup-storage`, synchronous, authorization
/// required.
///
/// Category: host.allocator
public nonisolated enum GetCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid",
            method: .get,
            pathTemplate: "/zstack/v1/images/volume-snapshots/{volumeSnapshotUuid}/candidate-backup-storage",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云盘快照UUID，注意：volumeUuid 和 volumeSnapshotUuid 二选一
        public let volumeSnapshotUuid: String

        /// 云盘UUID，注意：volumeUuid 和 volumeSnapshotUuid 二选一
        public let volumeUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - volumeSnapshotUuid: 云盘快照UUID，注意：volumeUuid 和 volumeSnapshotUuid 二选一
        ///   - volumeUuid: 云盘UUID，注意：volumeUuid 和 volumeSnapshotUuid 二选一
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            volumeSnapshotUuid: String,
            volumeUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.volumeSnapshotUuid = volumeSnapshotUuid
            self.volumeUuid = volumeUuid
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
            guard ZStackFieldwise.same(lhs.volumeSnapshotUuid, rhs.volumeSnapshotUuid) else { return false }
            guard ZStackFieldwise.same(lhs.volumeUuid, rhs.volumeUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 创建镜像的备份存储候选
    ///
    /// An ``InventoriesReply`` of ``BackupStorageInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoriesReply<BackupStorageInventory>
}

nonisolated extension ZStackClient {
    /// GetCandidateBackupStorageForCreatingImage
    ///
    /// 获取创建镜像的备份存储候选
    ///
    /// `GET /zstack/v1/images/volume-snapshots/{volumeSnapshotUuid}/candidate-backup-storage`, synchronous,
    /// authorization required.
    ///
    /// - Parameters:
    ///   - volumeSnapshotUuid: 云盘快照UUID，注意：volumeUuid 和 volumeSnapshotUuid 二选一
    ///   - volumeUuid: 云盘UUID，注意：volumeUuid 和 volumeSnapshotUuid 二选一
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 创建镜像的备份存储候选
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid(
        volumeSnapshotUuid: String,
        volumeUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid.Response {
        try await getCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid(
            GetCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid.Request(
                volumeSnapshotUuid: volumeSnapshotUuid,
                volumeUuid: volumeUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetCandidateBackupStorageForCreatingImage
    ///
    /// 获取创建镜像的备份存储候选
    ///
    /// `GET /zstack/v1/images/volume-snapshots/{volumeSnapshotUuid}/candidate-backup-storage`, synchronous,
    /// authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 创建镜像的备份存储候选
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid(
        _ request: GetCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid.Request
    ) async throws -> GetCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid.Response {
        let call = ZStackRequestBuilder(operation: GetCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid.operation)
        call.setPathParameter("volumeSnapshotUuid", to: request.volumeSnapshotUuid)
        call.appendQueryItem("volumeUuid", value: request.volumeUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
