import HTTPTypes

/// RemovePolicyStatementsFromRole
///
/// 从角色移除权限描述
///
/// `DELETE /zstack/v1/identities/roles/{uuid}/policy-statements`, asynchronous, authorization required.
///
/// Category: rbac
public nonisolated enum RemovePolicyStatementsFromRole {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "RemovePolicyStatementsFromRole",
            method: .delete,
            pathTemplate: "/zstack/v1/identities/roles/{uuid}/policy-statements",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// The `policyStatementUuids` field.
        public let policyStatementUuids: [String]

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - policyStatementUuids: The `policyStatementUuids` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            uuid: String,
            policyStatementUuids: [String],
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.policyStatementUuids = policyStatementUuids
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.policyStatementUuids, rhs.policyStatementUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 从角色移除权限描述的结果
    ///
    /// The same type as ``AddPolicyStatementsToRole/Response``: the replies have the same fields.
    public typealias Response = AddPolicyStatementsToRole.Response
}

nonisolated extension ZStackClient {
    /// RemovePolicyStatementsFromRole
    ///
    /// 从角色移除权限描述
    ///
    /// `DELETE /zstack/v1/identities/roles/{uuid}/policy-statements`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - policyStatementUuids: The `policyStatementUuids` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 从角色移除权限描述的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removePolicyStatementsFromRole(
        uuid: String,
        policyStatementUuids: [String],
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RemovePolicyStatementsFromRole.Response {
        try await removePolicyStatementsFromRole(
            RemovePolicyStatementsFromRole.Request(
                uuid: uuid,
                policyStatementUuids: policyStatementUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// RemovePolicyStatementsFromRole
    ///
    /// 从角色移除权限描述
    ///
    /// `DELETE /zstack/v1/identities/roles/{uuid}/policy-statements`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 从角色移除权限描述的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removePolicyStatementsFromRole(
        _ request: RemovePolicyStatementsFromRole.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RemovePolicyStatementsFromRole.Response {
        let call = ZStackRequestBuilder(operation: RemovePolicyStatementsFromRole.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItems("policyStatementUuids", values: request.policyStatementUuids)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
