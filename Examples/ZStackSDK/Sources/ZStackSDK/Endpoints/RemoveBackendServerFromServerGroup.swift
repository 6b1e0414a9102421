import HTTPTypes

/// RemoveBackendServerFromServerGroup
///
/// 在这里填写API描述
///
/// `PUT /zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendservers/actions`, asynchronous, authorization
/// required.
///
/// Category: loadBalancer
public nonisolated enum RemoveBackendServerFromServerGroup {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "RemoveBackendServerFromServerGroup",
            method: .put,
            pathTemplate: "/zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendservers/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `serverGroupUuid` field.
        public let serverGroupUuid: String

        /// The `vmNicUuids` field.
        public let vmNicUuids: [String]?

        /// The `serverIps` field.
        public let serverIps: [String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - serverGroupUuid: The `serverGroupUuid` field.
        ///   - vmNicUuids: The `vmNicUuids` field.
        ///   - serverIps: The `serverIps` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            serverGroupUuid: String,
            vmNicUuids: [String]? = nil,
            serverIps: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.serverGroupUuid = serverGroupUuid
            self.vmNicUuids = vmNicUuids
            self.serverIps = serverIps
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
            guard ZStackFieldwise.same(lhs.serverGroupUuid, rhs.serverGroupUuid) else { return false }
            guard ZStackFieldwise.same(lhs.vmNicUuids, rhs.vmNicUuids) else { return false }
            guard ZStackFieldwise.same(lhs.serverIps, rhs.serverIps) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// The reply's fields.
    ///
    /// An ``InventoryReply`` of ``LoadBalancerServerGroupInventory``: the replies that differ only in that type share
    /// one generic type.
    public typealias Response = InventoryReply<LoadBalancerServerGroupInventory>
}

nonisolated extension ZStackClient {
    /// RemoveBackendServerFromServerGroup
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendservers/actions`, asynchronous,
    /// authorization required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - serverGroupUuid: The `serverGroupUuid` field.
    ///   - vmNicUuids: The `vmNicUuids` field.
    ///   - serverIps: The `serverIps` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeBackendServerFromServerGroup(
        serverGroupUuid: String,
        vmNicUuids: [String]? = nil,
        serverIps: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveBackendServerFromServerGroup.Response {
        try await removeBackendServerFromServerGroup(
            RemoveBackendServerFromServerGroup.Request(
                serverGroupUuid: serverGroupUuid,
                vmNicUuids: vmNicUuids,
                serverIps: serverIps,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// RemoveBackendServerFromServerGroup
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendservers/actions`, asynchronous,
    /// authorization required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeBackendServerFromServerGroup(
        _ request: RemoveBackendServerFromServerGroup.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveBackendServerFromServerGroup.Response {
        let call = ZStackRequestBuilder(operation: RemoveBackendServerFromServerGroup.operation)
        call.setPathParameter("serverGroupUuid", to: request.serverGroupUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "removeBackendServerFromServerGroup") { wrapped in
                try wrapped.encodeValue(request.vmNicUuids, forKey: "vmNicUuids")
                try wrapped.encodeValue(request.serverIps, forKey: "serverIps")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
