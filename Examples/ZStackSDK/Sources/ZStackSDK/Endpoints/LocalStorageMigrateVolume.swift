import HTTPTypes

/// 迁移本地存储上存放的云盘(LocalStorageMigrateVolume)
///
/// 迁移本地存储上存放的云盘
///
/// `PUT /zstack/v1/primary-storage/local-storage/volumes/{volumeUuid}/actions`, asynchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum LocalStorageMigrateVolume {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "LocalStorageMigrateVolume",
            method: .put,
            pathTemplate: "/zstack/v1/primary-storage/local-storage/volumes/{volumeUuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云盘UUID
        public let volumeUuid: String

        /// 目标主机UUID
        public let destHostUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - volumeUuid: 云盘UUID
        ///   - destHostUuid: 目标主机UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(volumeUuid: String, destHostUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.volumeUuid = volumeUuid
            self.destHostUuid = destHostUuid
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
            guard ZStackFieldwise.same(lhs.volumeUuid, rhs.volumeUuid) else { return false }
            guard ZStackFieldwise.same(lhs.destHostUuid, rhs.destHostUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 本地存储资源引用清单
    ///
    /// An ``InventoryReply`` of ``LocalStorageResourceRefInventory``: the replies that differ only in that type share
    /// one generic type.
    public typealias Response = InventoryReply<LocalStorageResourceRefInventory>
}

nonisolated extension ZStackClient {
    /// 迁移本地存储上存放的云盘(LocalStorageMigrateVolume)
    ///
    /// 迁移本地存储上存放的云盘
    ///
    /// `PUT /zstack/v1/primary-storage/local-storage/volumes/{volumeUuid}/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - volumeUuid: 云盘UUID
    ///   - destHostUuid: 目标主机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 本地存储资源引用清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func localStorageMigrateVolume(
        volumeUuid: String,
        destHostUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> LocalStorageMigrateVolume.Response {
        try await localStorageMigrateVolume(
            LocalStorageMigrateVolume.Request(
                volumeUuid: volumeUuid,
                destHostUuid: destHostUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 迁移本地存储上存放的云盘(LocalStorageMigrateVolume)
    ///
    /// 迁移本地存储上存放的云盘
    ///
    /// `PUT /zstack/v1/primary-storage/local-storage/volumes/{volumeUuid}/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 本地存储资源引用清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func localStorageMigrateVolume(
        _ request: LocalStorageMigrateVolume.Request,
        polling: ZStackPolling? = nil
    ) async throws -> LocalStorageMigrateVolume.Response {
        let call = ZStackRequestBuilder(operation: LocalStorageMigrateVolume.operation)
        call.setPathParameter("volumeUuid", to: request.volumeUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "localStorageMigrateVolume") { wrapped in
                try wrapped.encodeValue(request.destHostUuid, forKey: "destHostUuid")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
