import HTTPTypes

/// 从区域中卸载已经挂载的镜像服务器(DetachBackupStorageFromZone)
///
/// 从区域中卸载已经挂载的镜像服务器
///
/// `DELETE /zstack/v1/zones/{zoneUuid}/backup-storage/{backupStorageUuid}`, asynchronous, authorization required.
///
/// Category: storage.backup
public nonisolated enum DetachBackupStorageFromZone {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "DetachBackupStorageFromZone",
            method: .delete,
            pathTemplate: "/zstack/v1/zones/{zoneUuid}/backup-storage/{backupStorageUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 镜像存储UUID
        public let backupStorageUuid: String

        /// 区域UUID
        public let zoneUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - backupStorageUuid: 镜像存储UUID
        ///   - zoneUuid: 区域UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            backupStorageUuid: String,
            zoneUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.backupStorageUuid = backupStorageUuid
            self.zoneUuid = zoneUuid
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
            guard ZStackFieldwise.same(lhs.backupStorageUuid, rhs.backupStorageUuid) else { return false }
            guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 镜像服务器清单
    ///
    /// An ``InventoryReply`` of ``BackupStorageInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<BackupStorageInventory>
}

nonisolated extension ZStackClient {
    /// 从区域中卸载已经挂载的镜像服务器(DetachBackupStorageFromZone)
    ///
    /// 从区域中卸载已经挂载的镜像服务器
    ///
    /// `DELETE /zstack/v1/zones/{zoneUuid}/backup-storage/{backupStorageUuid}`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - backupStorageUuid: 镜像存储UUID
    ///   - zoneUuid: 区域UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachBackupStorageFromZone(
        backupStorageUuid: String,
        zoneUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DetachBackupStorageFromZone.Response {
        try await detachBackupStorageFromZone(
            DetachBackupStorageFromZone.Request(
                backupStorageUuid: backupStorageUuid,
                zoneUuid: zoneUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 从区域中卸载已经挂载的镜像服务器(DetachBackupStorageFromZone)
    ///
    /// 从区域中卸载已经挂载的镜像服务器
    ///
    /// `DELETE /zstack/v1/zones/{zoneUuid}/backup-storage/{backupStorageUuid}`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachBackupStorageFromZone(
        _ request: DetachBackupStorageFromZone.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DetachBackupStorageFromZone.Response {
        let call = ZStackRequestBuilder(operation: DetachBackupStorageFromZone.operation)
        call.setPathParameter("backupStorageUuid", to: request.backupStorageUuid)
        call.setPathParameter("zoneUuid", to: request.zoneUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
