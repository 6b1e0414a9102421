import HTTPTypes

/// DetachRoleFromAccount
///
/// 在这里填写API描述
///
/// `DELETE /zstack/v1/identities/accounts/{accountUuid}/roles/{roleUuid}`, asynchronous, authorization required.
///
/// Category: rbac
public nonisolated enum DetachRoleFromAccount {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "DetachRoleFromAccount",
            method: .delete,
            pathTemplate: "/zstack/v1/identities/accounts/{accountUuid}/roles/{roleUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `roleUuid` field.
        public let roleUuid: String

        /// 账户UUID
        public let accountUuid: String

        /// The `deleteMode` field.
        public let deleteMode: String?

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - roleUuid: The `roleUuid` field.
        ///   - accountUuid: 账户UUID
        ///   - deleteMode: The `deleteMode` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            roleUuid: String,
            accountUuid: String,
            deleteMode: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.roleUuid = roleUuid
            self.accountUuid = accountUuid
            self.deleteMode = deleteMode
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
            guard ZStackFieldwise.same(lhs.roleUuid, rhs.roleUuid) else { return false }
            guard ZStackFieldwise.same(lhs.accountUuid, rhs.accountUuid) else { return false }
            guard ZStackFieldwise.same(lhs.deleteMode, rhs.deleteMode) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// The reply's fields.
    ///
    /// The same type as ``AddPolicyStatementsToRole/Response``: the replies have the same fields.
    public typealias Response = AddPolicyStatementsToRole.Response
}

nonisolated extension ZStackClient {
    /// DetachRoleFromAccount
    ///
    /// 在这里填写API描述
    ///
    /// `DELETE /zstack/v1/identities/accounts/{accountUuid}/roles/{roleUuid}`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - roleUuid: The `roleUuid` field.
    ///   - accountUuid: 账户UUID
    ///   - deleteMode: The `deleteMode` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachRoleFromAccount(
        roleUuid: String,
        accountUuid: String,
        deleteMode: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DetachRoleFromAccount.Response {
        try await detachRoleFromAccount(
            DetachRoleFromAccount.Request(
                roleUuid: roleUuid,
                accountUuid: accountUuid,
                deleteMode: deleteMode,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// DetachRoleFromAccount
    ///
    /// 在这里填写API描述
    ///
    /// `DELETE /zstack/v1/identities/accounts/{accountUuid}/roles/{roleUuid}`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachRoleFromAccount(
        _ request: DetachRoleFromAccount.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DetachRoleFromAccount.Response {
        let call = ZStackRequestBuilder(operation: DetachRoleFromAccount.operation)
        call.setPathParameter("roleUuid", to: request.roleUuid)
        call.setPathParameter("accountUuid", to: request.accountUuid)
        call.appendQueryItem("deleteMode", value: request.deleteMode)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
