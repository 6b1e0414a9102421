import HTTPTypes

/// 从 Ceph 主存储删除 mon 节点(RemoveMonFromCephPrimaryStorage)
///
/// 从 Ceph 主存储删除 mon 节点
///
/// `DELETE /zstack/v1/primary-storage/ceph/{uuid}/mons`, asynchronous, authorization required.
///
/// Category: storage.ceph.primary
public nonisolated enum RemoveMonFromCephPrimaryStorage {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "RemoveMonFromCephPrimaryStorage",
            method: .delete,
            pathTemplate: "/zstack/v1/primary-storage/ceph/{uuid}/mons",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// Ceph 主存储的UUID
        public let uuid: String

        /// mon 节点名字列表
        public let monHostnames: [String]

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: Ceph 主存储的UUID
        ///   - monHostnames: mon 节点名字列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, monHostnames: [String], systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.monHostnames = monHostnames
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
            guard ZStackFieldwise.same(lhs.monHostnames, rhs.monHostnames) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// Ceph 主存储清单
    ///
    /// An ``InventoryReply`` of ``CephPrimaryStorageInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<CephPrimaryStorageInventory>
}

nonisolated extension ZStackClient {
    /// 从 Ceph 主存储删除 mon 节点(RemoveMonFromCephPrimaryStorage)
    ///
    /// 从 Ceph 主存储删除 mon 节点
    ///
    /// `DELETE /zstack/v1/primary-storage/ceph/{uuid}/mons`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: Ceph 主存储的UUID
    ///   - monHostnames: mon 节点名字列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: Ceph 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeMonFromCephPrimaryStorage(
        uuid: String,
        monHostnames: [String],
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveMonFromCephPrimaryStorage.Response {
        try await removeMonFromCephPrimaryStorage(
            RemoveMonFromCephPrimaryStorage.Request(
                uuid: uuid,
                monHostnames: monHostnames,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 从 Ceph 主存储删除 mon 节点(RemoveMonFromCephPrimaryStorage)
    ///
    /// 从 Ceph 主存储删除 mon 节点
    ///
    /// `DELETE /zstack/v1/primary-storage/ceph/{uuid}/mons`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: Ceph 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeMonFromCephPrimaryStorage(
        _ request: RemoveMonFromCephPrimaryStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveMonFromCephPrimaryStorage.Response {
        let call = ZStackRequestBuilder(operation: RemoveMonFromCephPrimaryStorage.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItems("monHostnames", values: request.monHostnames)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
