import HTTPTypes

/// DetachPolicyFromUserGroup
///
/// 将策略从用户组解绑
///
/// 将策略从用户组解绑
///
/// `DELETE /zstack/v1/accounts/groups/{groupUuid}/policies/{policyUuid}`, asynchronous, authorization required.
///
/// Category: identity
public nonisolated enum DetachPolicyFromUserGroup {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "DetachPolicyFromUserGroup",
            method: .delete,
            pathTemplate: "/zstack/v1/accounts/groups/{groupUuid}/policies/{policyUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 权限策略UUID
        public let policyUuid: String

        /// 用户组UUID
        public let groupUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - policyUuid: 权限策略UUID
        ///   - groupUuid: 用户组UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(policyUuid: String, groupUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.policyUuid = policyUuid
            self.groupUuid = groupUuid
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
            guard ZStackFieldwise.same(lhs.policyUuid, rhs.policyUuid) else { return false }
            guard ZStackFieldwise.same(lhs.groupUuid, rhs.groupUuid) else { return false }
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
    /// DetachPolicyFromUserGroup
    ///
    /// 将策略从用户组解绑
    ///
    /// 将策略从用户组解绑
    ///
    /// `DELETE /zstack/v1/accounts/groups/{groupUuid}/policies/{policyUuid}`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - policyUuid: 权限策略UUID
    ///   - groupUuid: 用户组UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachPolicyFromUserGroup(
        policyUuid: String,
        groupUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DetachPolicyFromUserGroup.Response {
        try await detachPolicyFromUserGroup(
            DetachPolicyFromUserGroup.Request(
                policyUuid: policyUuid,
                groupUuid: groupUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// DetachPolicyFromUserGroup
    ///
    /// 将策略从用户组解绑
    ///
    /// 将策略从用户组解绑
    ///
    /// `DELETE /zstack/v1/accounts/groups/{groupUuid}/policies/{policyUuid}`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachPolicyFromUserGroup(
        _ request: DetachPolicyFromUserGroup.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DetachPolicyFromUserGroup.Response {
        let call = ZStackRequestBuilder(operation: DetachPolicyFromUserGroup.operation)
        call.setPathParameter("policyUuid", to: request.policyUuid)
        call.setPathParameter("groupUuid", to: request.groupUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
