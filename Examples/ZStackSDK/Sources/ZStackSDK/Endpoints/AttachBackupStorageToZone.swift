import HTTPTypes

/// 挂载镜像服务器至区域(AttachBackupStorageToZone)
///
/// 挂载镜像服务器至区域
///
/// `POST /zstack/v1/zones/{zoneUuid}/backup-storage/{backupStorageUuid}`, asynchronous, authorization required.
///
/// Category: storage.backup
public nonisolated enum AttachBackupStorageToZone {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AttachBackupStorageToZone",
            method: .post,
            pathTemplate: "/zstack/v1/zones/{zoneUuid}/backup-storage/{backupStorageUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 区域UUID
        public let zoneUuid: String

        /// 镜像存储UUID
        public let backupStorageUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - zoneUuid: 区域UUID
        ///   - backupStorageUuid: 镜像存储UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            zoneUuid: String,
            backupStorageUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.zoneUuid = zoneUuid
            self.backupStorageUuid = backupStorageUuid
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
            guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
            guard ZStackFieldwise.same(lhs.backupStorageUuid, rhs.backupStorageUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 挂载镜像服务器至某个区域(Zone)
    ///
    /// An ``InventoryReply`` of ``BackupStorageInventory``: the replies that differ only in that type share one generic
    /// type.
    ///
    /// - `inventory`: 镜像服务器清单
    public typealias Response = InventoryReply<BackupStorageInventory>
}

nonisolated extension ZStackClient {
    /// 挂载镜像服务器至区域(AttachBackupStorageToZone)
    ///
    /// 挂载镜像服务器至区域
    ///
    /// `POST /zstack/v1/zones/{zoneUuid}/backup-storage/{backupStorageUuid}`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - zoneUuid: 区域UUID
    ///   - backupStorageUuid: 镜像存储UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 挂载镜像服务器至某个区域(Zone)
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachBackupStorageToZone(
        zoneUuid: String,
        backupStorageUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachBackupStorageToZone.Response {
        try await attachBackupStorageToZone(
            AttachBackupStorageToZone.Request(
                zoneUuid: zoneUuid,
                backupStorageUuid: backupStorageUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 挂载镜像服务器至区域(AttachBackupStorageToZone)
    ///
    /// 挂载镜像服务器至区域
    ///
    /// `POST /zstack/v1/zones/{zoneUuid}/backup-storage/{backupStorageUuid}`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 挂载镜像服务器至某个区域(Zone)
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachBackupStorageToZone(
        _ request: AttachBackupStorageToZone.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachBackupStorageToZone.Response {
        let call = ZStackRequestBuilder(operation: AttachBackupStorageToZone.operation)
        call.setPathParameter("zoneUuid", to: request.zoneUuid)
        call.setPathParameter("backupStorageUuid", to: request.backupStorageUuid)
        call.jsonBody = ZStackJSONBody { body in
            body.encodeObject(forKey: "params") { _ in }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
