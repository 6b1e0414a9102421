import HTTPTypes

/// RemoveUserFromGroup
///
/// 从用户组中移除用户
///
/// 从用户组中移除用户
///
/// `DELETE /zstack/v1/accounts/groups/{groupUuid}/users/{userUuid}`, asynchronous, authorization required.
///
/// Category: identity
public nonisolated enum RemoveUserFromGroup {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "RemoveUserFromGroup",
            method: .delete,
            pathTemplate: "/zstack/v1/accounts/groups/{groupUuid}/users/{userUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 用户UUID
        public let userUuid: String

        /// 用户组UUID
        public let groupUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - userUuid: 用户UUID
        ///   - groupUuid: 用户组UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(userUuid: String, groupUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.userUuid = userUuid
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
            guard ZStackFieldwise.same(lhs.userUuid, rhs.userUuid) else { return false }
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
    /// RemoveUserFromGroup
    ///
    /// 从用户组中移除用户
    ///
    /// 从用户组中移除用户
    ///
    /// `DELETE /zstack/v1/accounts/groups/{groupUuid}/users/{userUuid}`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - userUuid: 用户UUID
    ///   - groupUuid: 用户组UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeUserFromGroup(
        userUuid: String,
        groupUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveUserFromGroup.Response {
        try await removeUserFromGroup(
            RemoveUserFromGroup.Request(
                userUuid: userUuid,
                groupUuid: groupUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// RemoveUserFromGroup
    ///
    /// 从用户组中移除用户
    ///
    /// 从用户组中移除用户
    ///
    /// `DELETE /zstack/v1/accounts/groups/{groupUuid}/users/{userUuid}`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeUserFromGroup(
        _ request: RemoveUserFromGroup.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveUserFromGroup.Response {
        let call = ZStackRequestBuilder(operation: RemoveUserFromGroup.operation)
        call.setPathParameter("userUuid", to: request.userUuid)
        call.setPathParameter("groupUuid", to: request.groupUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
