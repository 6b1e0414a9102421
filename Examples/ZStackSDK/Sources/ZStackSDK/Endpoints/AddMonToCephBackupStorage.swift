import HTTPTypes

/// 为 Ceph 镜像服务器添加 mon 节点(AddMonToCephBackupStorage)
///
/// 为 Ceph 镜像服务器添加 mon 节点
///
/// `POST /zstack/v1/backup-storage/ceph/{uuid}/mons`, asynchronous, authorization required.
///
/// Category: storage.ceph.backup
public nonisolated enum AddMonToCephBackupStorage {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddMonToCephBackupStorage",
            method: .post,
            pathTemplate: "/zstack/v1/backup-storage/ceph/{uuid}/mons",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// Ceph 镜像服务器的UUID
        public let uuid: String

        /// 需要添加的 mon 节点地址列表
        public let monUrls: [String]

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: Ceph 镜像服务器的UUID
        ///   - monUrls: 需要添加的 mon 节点地址列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, monUrls: [String], systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.monUrls = monUrls
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
            guard ZStackFieldwise.same(lhs.monUrls, rhs.monUrls) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 为Ceph镜像服务器添加 Mon节点
    ///
    /// An ``InventoryReply`` of ``CephBackupStorageInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<CephBackupStorageInventory>
}

nonisolated extension ZStackClient {
    /// 为 Ceph 镜像服务器添加 mon 节点(AddMonToCephBackupStorage)
    ///
    /// 为 Ceph 镜像服务器添加 mon 节点
    ///
    /// `POST /zstack/v1/backup-storage/ceph/{uuid}/mons`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: Ceph 镜像服务器的UUID
    ///   - monUrls: 需要添加的 mon 节点地址列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 为Ceph镜像服务器添加 Mon节点
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addMonToCephBackupStorage(
        uuid: String,
        monUrls: [String],
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddMonToCephBackupStorage.Response {
        try await addMonToCephBackupStorage(
            AddMonToCephBackupStorage.Request(uuid: uuid, monUrls: monUrls, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// 为 Ceph 镜像服务器添加 mon 节点(AddMonToCephBackupStorage)
    ///
    /// 为 Ceph 镜像服务器添加 mon 节点
    ///
    /// `POST /zstack/v1/backup-storage/ceph/{uuid}/mons`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 为Ceph镜像服务器添加 Mon节点
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addMonToCephBackupStorage(
        _ request: AddMonToCephBackupStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddMonToCephBackupStorage.Response {
        let call = ZStackRequestBuilder(operation: AddMonToCephBackupStorage.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.monUrls, forKey: "monUrls")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
