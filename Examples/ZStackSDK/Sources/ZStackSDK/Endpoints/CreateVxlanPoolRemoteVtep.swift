import HTTPTypes

/// 创建远端VXLAN隧道端点(CreateVxlanPoolRemoteVtep)
///
/// 创建远端VXLAN隧道端点
///
/// `POST /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}/remote-vtep-ip`, asynchronous, authorization
/// required.
///
/// Category: network.l2
public nonisolated enum CreateVxlanPoolRemoteVtep {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateVxlanPoolRemoteVtep",
            method: .post,
            pathTemplate: "/zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}/remote-vtep-ip",
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

        /// 远端隧道端点IP地址
        public let remoteVtepIp: String

        /// 资源UUID
        public let resourceUuid: String?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - l2NetworkUuid: 二层网络UUID
        ///   - clusterUuid: 集群UUID
        ///   - remoteVtepIp: 远端隧道端点IP地址
        ///   - resourceUuid: 资源UUID
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            l2NetworkUuid: String,
            clusterUuid: String,
            remoteVtepIp: String,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.l2NetworkUuid = l2NetworkUuid
            self.clusterUuid = clusterUuid
            self.remoteVtepIp = remoteVtepIp
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
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
            guard ZStackFieldwise.same(lhs.remoteVtepIp, rhs.remoteVtepIp) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 远端VXLAN隧道端点清单
    ///
    /// An ``InventoryReply`` of ``RemoteVtepInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<RemoteVtepInventory>
}

nonisolated extension ZStackClient {
    /// 创建远端VXLAN隧道端点(CreateVxlanPoolRemoteVtep)
    ///
    /// 创建远端VXLAN隧道端点
    ///
    /// `POST /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}/remote-vtep-ip`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - l2NetworkUuid: 二层网络UUID
    ///   - clusterUuid: 集群UUID
    ///   - remoteVtepIp: 远端隧道端点IP地址
    ///   - resourceUuid: 资源UUID
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 远端VXLAN隧道端点清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVxlanPoolRemoteVtep(
        l2NetworkUuid: String,
        clusterUuid: String,
        remoteVtepIp: String,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVxlanPoolRemoteVtep.Response {
        try await createVxlanPoolRemoteVtep(
            CreateVxlanPoolRemoteVtep.Request(
                l2NetworkUuid: l2NetworkUuid,
                clusterUuid: clusterUuid,
                remoteVtepIp: remoteVtepIp,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 创建远端VXLAN隧道端点(CreateVxlanPoolRemoteVtep)
    ///
    /// 创建远端VXLAN隧道端点
    ///
    /// `POST /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}/remote-vtep-ip`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 远端VXLAN隧道端点清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVxlanPoolRemoteVtep(
        _ request: CreateVxlanPoolRemoteVtep.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVxlanPoolRemoteVtep.Response {
        let call = ZStackRequestBuilder(operation: CreateVxlanPoolRemoteVtep.operation)
        call.setPathParameter("l2NetworkUuid", to: request.l2NetworkUuid)
        call.setPathParameter("clusterUuid", to: request.clusterUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.remoteVtepIp, forKey: "remoteVtepIp")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
