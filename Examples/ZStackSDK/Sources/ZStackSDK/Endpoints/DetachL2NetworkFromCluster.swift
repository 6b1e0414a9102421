import HTTPTypes

/// 从集群上卸载二层网络(DetachL2NetworkFromCluster)
///
/// 从集群上卸载二层网络
///
/// `DELETE /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}`, asynchronous, authorization required.
///
/// Category: 二层网络
public nonisolated enum DetachL2NetworkFromCluster {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "DetachL2NetworkFromCluster",
            method: .delete,
            pathTemplate: "/zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 二层网络UUID
        public let l2NetworkUuid: String

        /// 集群UUID
        public let clusterUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - l2NetworkUuid: 二层网络UUID
        ///   - clusterUuid: 集群UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            l2NetworkUuid: String,
            clusterUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.l2NetworkUuid = l2NetworkUuid
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
            guard ZStackFieldwise.same(lhs.l2NetworkUuid, rhs.l2NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.clusterUuid, rhs.clusterUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 二层网络清单
    ///
    /// An ``InventoryReply`` of ``L2NetworkInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<L2NetworkInventory>
}

nonisolated extension ZStackClient {
    /// 从集群上卸载二层网络(DetachL2NetworkFromCluster)
    ///
    /// 从集群上卸载二层网络
    ///
    /// `DELETE /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - l2NetworkUuid: 二层网络UUID
    ///   - clusterUuid: 集群UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 二层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachL2NetworkFromCluster(
        l2NetworkUuid: String,
        clusterUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DetachL2NetworkFromCluster.Response {
        try await detachL2NetworkFromCluster(
            DetachL2NetworkFromCluster.Request(
                l2NetworkUuid: l2NetworkUuid,
                clusterUuid: clusterUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 从集群上卸载二层网络(DetachL2NetworkFromCluster)
    ///
    /// 从集群上卸载二层网络
    ///
    /// `DELETE /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 二层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachL2NetworkFromCluster(
        _ request: DetachL2NetworkFromCluster.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DetachL2NetworkFromCluster.Response {
        let call = ZStackRequestBuilder(operation: DetachL2NetworkFromCluster.operation)
        call.setPathParameter("l2NetworkUuid", to: request.l2NetworkUuid)
        call.setPathParameter("clusterUuid", to: request.clusterUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
