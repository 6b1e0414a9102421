import HTTPTypes

/// DeletePortForwardingRule
///
/// 删除端口转发规则
///
/// 删除端口转发规则
///
/// `DELETE /zstack/v1/port-forwarding/{uuid}`, asynchronous, authorization required.
///
/// Category: portForwarding
public nonisolated enum DeletePortForwardingRule {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "DeletePortForwardingRule",
            method: .delete,
            pathTemplate: "/zstack/v1/port-forwarding/{uuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// 当设置成Permissive时, 如果删除过程中发生错误或者删除不被允许ZStack会停止删除操作; 在这种情况下, 包含失败原因的错误代码会被返回.当设置成Enforcing,
        /// ZStack会忽略所有错误和权限而直接删除资源; 在这种情况下, 删除操作总是会成功.
        public let deleteMode: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - deleteMode: 当设置成Permissive时, 如果删除过程中发生错误或者删除不被允许ZStack会停止删除操作; 在这种情况下, 包含失败原因的错误代码会被返回.当设置成Enforcing,
        ///     ZStack会忽略所有错误和权限而直接删除资源; 在这种情况下, 删除操作总是会成功.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, deleteMode: String? = nil, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.deleteMode, rhs.deleteMode) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 端口转发规则清单
    ///
    /// The same type as ``AddPolicyStatementsToRole/Response``: the replies have the same fields.
    public typealias Response = AddPolicyStatementsToRole.Response
}

nonisolated extension ZStackClient {
    /// DeletePortForwardingRule
    ///
    /// 删除端口转发规则
    ///
    /// 删除端口转发规则
    ///
    /// `DELETE /zstack/v1/port-forwarding/{uuid}`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - deleteMode: 当设置成Permissive时, 如果删除过程中发生错误或者删除不被允许ZStack会停止删除操作; 在这种情况下, 包含失败原因的错误代码会被返回.当设置成Enforcing,
    ///     ZStack会忽略所有错误和权限而直接删除资源; 在这种情况下, 删除操作总是会成功.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func deletePortForwardingRule(
        uuid: String,
        deleteMode: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DeletePortForwardingRule.Response {
        try await deletePortForwardingRule(
            DeletePortForwardingRule.Request(
                uuid: uuid,
                deleteMode: deleteMode,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// DeletePortForwardingRule
    ///
    /// 删除端口转发规则
    ///
    /// 删除端口转发规则
    ///
    /// `DELETE /zstack/v1/port-forwarding/{uuid}`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func deletePortForwardingRule(
        _ request: DeletePortForwardingRule.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DeletePortForwardingRule.Response {
        let call = ZStackRequestBuilder(operation: DeletePortForwardingRule.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItem("deleteMode", value: request.deleteMode)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
