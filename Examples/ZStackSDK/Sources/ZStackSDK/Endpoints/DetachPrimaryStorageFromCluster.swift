import HTTPTypes

/// 从集群卸载主存储(DetachPrimaryStorageFromCluster)
///
/// 从集群卸载主存储
///
/// `DELETE /zstack/v1/clusters/{clusterUuid}/primary-storage/{primaryStorageUuid}`, asynchronous, authorization
/// required.
///
/// Category: storage.primary
public nonisolated enum DetachPrimaryStorageFromCluster {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "DetachPrimaryStorageFromCluster",
            method: .delete,
            pathTemplate: "/zstack/v1/clusters/{clusterUuid}/primary-storage/{primaryStorageUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 主存储UUID
        public let primaryStorageUuid: String

        /// 集群UUID
        public let clusterUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - primaryStorageUuid: 主存储UUID
        ///   - clusterUuid: 集群UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            primaryStorageUuid: String,
            clusterUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.primaryStorageUuid = primaryStorageUuid
            self.clusterUuid = clusterUuid
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
            guard ZStackFieldwise.same(lhs.primaryStorageUuid, rhs.primaryStorageUuid) else { return false }
            guard ZStackFieldwise.same(lhs.clusterUuid, rhs.clusterUuid) else { return false }
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
    /// 从集群卸载主存储(DetachPrimaryStorageFromCluster)
    ///
    /// 从集群卸载主存储
    ///
    /// `DELETE /zstack/v1/clusters/{clusterUuid}/primary-storage/{primaryStorageUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - primaryStorageUuid: 主存储UUID
    ///   - clusterUuid: 集群UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachPrimaryStorageFromCluster(
        primaryStorageUuid: String,
        clusterUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DetachPrimaryStorageFromCluster.Response {
        try await detachPrimaryStorageFromCluster(
            DetachPrimaryStorageFromCluster.Request(
                primaryStorageUuid: primaryStorageUuid,
                clusterUuid: clusterUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 从集群卸载主存储(DetachPrimaryStorageFromCluster)
    ///
    /// 从集群卸载主存储
    ///
    /// `DELETE /zstack/v1/clusters/{clusterUuid}/primary-storage/{primaryStorageUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachPrimaryStorageFromCluster(
        _ request: DetachPrimaryStorageFromCluster.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DetachPrimaryStorageFromCluster.Response {
        let call = ZStackRequestBuilder(operation: DetachPrimaryStorageFromCluster.operation)
        call.setPathParameter("primaryStorageUuid", to: request.primaryStorageUuid)
        call.setPathParameter("clusterUuid", to: request.clusterUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
