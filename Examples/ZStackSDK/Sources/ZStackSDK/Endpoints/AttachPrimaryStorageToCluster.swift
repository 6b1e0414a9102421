import HTTPTypes

/// 向集群添加主存储(AttachPrimaryStorageToCluster)
///
/// 向集群添加主存储
///
/// `POST /zstack/v1/clusters/{clusterUuid}/primary-storage/{primaryStorageUuid}`, asynchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum AttachPrimaryStorageToCluster {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AttachPrimaryStorageToCluster",
            method: .post,
            pathTemplate: "/zstack/v1/clusters/{clusterUuid}/primary-storage/{primaryStorageUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 集群UUID
        public let clusterUuid: String

        /// 主存储UUID
        public let primaryStorageUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - clusterUuid: 集群UUID
        ///   - primaryStorageUuid: 主存储UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            clusterUuid: String,
            primaryStorageUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.clusterUuid = clusterUuid
            self.primaryStorageUuid = primaryStorageUuid
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
            guard ZStackFieldwise.same(lhs.clusterUuid, rhs.clusterUuid) else { return false }
            guard ZStackFieldwise.same(lhs.primaryStorageUuid, rhs.primaryStorageUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 主存储清单
    ///
    /// An ``InventoryReply`` of ``PrimaryStorageInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<PrimaryStorageInventory>
}

nonisolated extension ZStackClient {
    /// 向集群添加主存储(AttachPrimaryStorageToCluster)
    ///
    /// 向集群添加主存储
    ///
    /// `POST /zstack/v1/clusters/{clusterUuid}/primary-storage/{primaryStorageUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - clusterUuid: 集群UUID
    ///   - primaryStorageUuid: 主存储UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachPrimaryStorageToCluster(
        clusterUuid: String,
        primaryStorageUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachPrimaryStorageToCluster.Response {
        try await attachPrimaryStorageToCluster(
            AttachPrimaryStorageToCluster.Request(
                clusterUuid: clusterUuid,
                primaryStorageUuid: primaryStorageUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 向集群添加主存储(AttachPrimaryStorageToCluster)
    ///
    /// 向集群添加主存储
    ///
    /// `POST /zstack/v1/clusters/{clusterUuid}/primary-storage/{primaryStorageUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachPrimaryStorageToCluster(
        _ request: AttachPrimaryStorageToCluster.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachPrimaryStorageToCluster.Response {
        let call = ZStackRequestBuilder(operation: AttachPrimaryStorageToCluster.operation)
        call.setPathParameter("clusterUuid", to: request.clusterUuid)
        call.setPathParameter("primaryStorageUuid", to: request.primaryStorageUuid)
        call.jsonBody = ZStackJSONBody { body in
            body.encodeObject(forKey: "params") { _ in }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
