import HTTPTypes

/// 创建VXLAN隧道端点(CreateVxlanVtep)
///
/// 创建VXLAN隧道端点
///
/// `POST /zstack/v1/l2-networks/vxlan/vteps`, asynchronous, authorization required.
///
/// Category: network.l2
public nonisolated enum CreateVxlanVtep {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateVxlanVtep",
            method: .post,
            pathTemplate: "/zstack/v1/l2-networks/vxlan/vteps",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 物理机UUID
        public let hostUuid: String

        /// VXLAN资源池UUID
        public let poolUuid: String

        /// 隧道端点IP地址
        public let vtepIp: String?

        /// 资源UUID
        public let resourceUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - hostUuid: 物理机UUID
        ///   - poolUuid: VXLAN资源池UUID
        ///   - vtepIp: 隧道端点IP地址
        ///   - resourceUuid: 资源UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            hostUuid: String,
            poolUuid: String,
            vtepIp: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.hostUuid = hostUuid
            self.poolUuid = poolUuid
            self.vtepIp = vtepIp
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.tagUuids = tagUuids
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
            guard ZStackFieldwise.same(lhs.hostUuid, rhs.hostUuid) else { return false }
            guard ZStackFieldwise.same(lhs.poolUuid, rhs.poolUuid) else { return false }
            guard ZStackFieldwise.same(lhs.vtepIp, rhs.vtepIp) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// VXLAN隧道端点清单
    ///
    /// An ``InventoryReply`` of ``VtepInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<VtepInventory>
}

nonisolated extension ZStackClient {
    /// 创建VXLAN隧道端点(CreateVxlanVtep)
    ///
    /// 创建VXLAN隧道端点
    ///
    /// `POST /zstack/v1/l2-networks/vxlan/vteps`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - hostUuid: 物理机UUID
    ///   - poolUuid: VXLAN资源池UUID
    ///   - vtepIp: 隧道端点IP地址
    ///   - resourceUuid: 资源UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: VXLAN隧道端点清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVxlanVtep(
        hostUuid: String,
        poolUuid: String,
        vtepIp: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVxlanVtep.Response {
        try await createVxlanVtep(
            CreateVxlanVtep.Request(
                hostUuid: hostUuid,
                poolUuid: poolUuid,
                vtepIp: vtepIp,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// 创建VXLAN隧道端点(CreateVxlanVtep)
    ///
    /// 创建VXLAN隧道端点
    ///
    /// `POST /zstack/v1/l2-networks/vxlan/vteps`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: VXLAN隧道端点清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVxlanVtep(
        _ request: CreateVxlanVtep.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVxlanVtep.Response {
        let call = ZStackRequestBuilder(operation: CreateVxlanVtep.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.hostUuid, forKey: "hostUuid")
                try wrapped.encodeValue(request.poolUuid, forKey: "poolUuid")
                try wrapped.encodeValue(request.vtepIp, forKey: "vtepIp")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
