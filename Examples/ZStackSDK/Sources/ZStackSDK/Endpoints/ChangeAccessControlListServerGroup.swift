import HTTPTypes

/// ChangeAccessControlListServerGroup
///
/// 修改访问控制组绑定的后端服务器
///
/// `PUT /zstack/v1/load-balancers/listener/acl/{aclUuid}/servergroup/actions`, asynchronous, authorization required.
///
/// Category: loadBalancer
public nonisolated enum ChangeAccessControlListServerGroup {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "ChangeAccessControlListServerGroup",
            method: .put,
            pathTemplate: "/zstack/v1/load-balancers/listener/acl/{aclUuid}/servergroup/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 访问控制策略组的唯一标识
        public let aclUuid: String

        /// 负载均衡器服务器组uuid
        public let serverGroupUuids: [String]

        /// 监听器唯一标识
        public let listenerUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - aclUuid: 访问控制策略组的唯一标识
        ///   - serverGroupUuids: 负载均衡器服务器组uuid
        ///   - listenerUuid: 监听器唯一标识
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            aclUuid: String,
            serverGroupUuids: [String],
            listenerUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.aclUuid = aclUuid
            self.serverGroupUuids = serverGroupUuids
            self.listenerUuid = listenerUuid
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
            guard ZStackFieldwise.same(lhs.aclUuid, rhs.aclUuid) else { return false }
            guard ZStackFieldwise.same(lhs.serverGroupUuids, rhs.serverGroupUuids) else { return false }
            guard ZStackFieldwise.same(lhs.listenerUuid, rhs.listenerUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// The reply's fields.
    ///
    /// An ``InventoryReply`` of ``ZStackJSONValue``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<ZStackJSONValue>
}

nonisolated extension ZStackClient {
    /// ChangeAccessControlListServerGroup
    ///
    /// 修改访问控制组绑定的后端服务器
    ///
    /// `PUT /zstack/v1/load-balancers/listener/acl/{aclUuid}/servergroup/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - aclUuid: 访问控制策略组的唯一标识
    ///   - serverGroupUuids: 负载均衡器服务器组uuid
    ///   - listenerUuid: 监听器唯一标识
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeAccessControlListServerGroup(
        aclUuid: String,
        serverGroupUuids: [String],
        listenerUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeAccessControlListServerGroup.Response {
        try await changeAccessControlListServerGroup(
            ChangeAccessControlListServerGroup.Request(
                aclUuid: aclUuid,
                serverGroupUuids: serverGroupUuids,
                listenerUuid: listenerUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// ChangeAccessControlListServerGroup
    ///
    /// 修改访问控制组绑定的后端服务器
    ///
    /// `PUT /zstack/v1/load-balancers/listener/acl/{aclUuid}/servergroup/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeAccessControlListServerGroup(
        _ request: ChangeAccessControlListServerGroup.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeAccessControlListServerGroup.Response {
        let call = ZStackRequestBuilder(operation: ChangeAccessControlListServerGroup.operation)
        call.setPathParameter("aclUuid", to: request.aclUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "changeAccessControlListServerGroup") { wrapped in
                try wrapped.encodeValue(request.serverGroupUuids, forKey: "serverGroupUuids")
                try wrapped.encodeValue(request.listenerUuid, forKey: "listenerUuid")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
