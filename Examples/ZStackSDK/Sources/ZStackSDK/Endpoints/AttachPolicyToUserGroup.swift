import HTTPTypes

/// AttachPolicyToUserGroup
///
/// 绑定策略到用户组
///
/// 绑定策略到用户组
///
/// `POST /zstack/v1/accounts/groups/{groupUuid}/policies`, asynchronous, authorization required.
///
/// Category: identity
public nonisolated enum AttachPolicyToUserGroup {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AttachPolicyToUserGroup",
            method: .post,
            pathTemplate: "/zstack/v1/accounts/groups/{groupUuid}/policies",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 用户组UUID
        public let groupUuid: String

        /// 权限策略UUID
        public let policyUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - groupUuid: 用户组UUID
        ///   - policyUuid: 权限策略UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(groupUuid: String, policyUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.groupUuid = groupUuid
            self.policyUuid = policyUuid
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
            guard ZStackFieldwise.same(lhs.groupUuid, rhs.groupUuid) else { return false }
            guard ZStackFieldwise.same(lhs.policyUuid, rhs.policyUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 操作返回结果
    ///
    /// The same type as ``AddPolicyStatementsToRole/Response``: the replies have the same fields.
    public typealias Response = AddPolicyStatementsToRole.Response
}

nonisolated extension ZStackClient {
    /// AttachPolicyToUserGroup
    ///
    /// 绑定策略到用户组
    ///
    /// 绑定策略到用户组
    ///
    /// `POST /zstack/v1/accounts/groups/{groupUuid}/policies`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - groupUuid: 用户组UUID
    ///   - policyUuid: 权限策略UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachPolicyToUserGroup(
        groupUuid: String,
        policyUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachPolicyToUserGroup.Response {
        try await attachPolicyToUserGroup(
            AttachPolicyToUserGroup.Request(
                groupUuid: groupUuid,
                policyUuid: policyUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AttachPolicyToUserGroup
    ///
    /// 绑定策略到用户组
    ///
    /// 绑定策略到用户组
    ///
    /// `POST /zstack/v1/accounts/groups/{groupUuid}/policies`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachPolicyToUserGroup(
        _ request: AttachPolicyToUserGroup.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachPolicyToUserGroup.Response {
        let call = ZStackRequestBuilder(operation: AttachPolicyToUserGroup.operation)
        call.setPathParameter("groupUuid", to: request.groupUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.policyUuid, forKey: "policyUuid")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
