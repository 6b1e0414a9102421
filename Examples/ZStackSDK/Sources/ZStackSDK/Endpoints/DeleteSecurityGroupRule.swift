import HTTPTypes

/// DeleteSecurityGroupRule
///
/// 删除安全组规则,这个命令是异步执行的, 在它返回后可能规则仍然没有对所有的主机上生效
///
/// 删除安全组规则,这个命令是异步执行的, 在它返回后可能规则仍然没有对所有的主机上生效
///
/// `DELETE /zstack/v1/security-groups/rules`, asynchronous, authorization required.
///
/// Category: securityGroup
public nonisolated enum DeleteSecurityGroupRule {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "DeleteSecurityGroupRule",
            method: .delete,
            pathTemplate: "/zstack/v1/security-groups/rules",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 安全组规则的uuid列表
        public let ruleUuids: [String]

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - ruleUuids: 安全组规则的uuid列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(ruleUuids: [String], systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.ruleUuids = ruleUuids
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
            guard ZStackFieldwise.same(lhs.ruleUuids, rhs.ruleUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 安全组（Security Group）清单
    ///
    /// An ``InventoryReply`` of ``SecurityGroupInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<SecurityGroupInventory>
}

nonisolated extension ZStackClient {
    /// DeleteSecurityGroupRule
    ///
    /// 删除安全组规则,这个命令是异步执行的, 在它返回后可能规则仍然没有对所有的主机上生效
    ///
    /// 删除安全组规则,这个命令是异步执行的, 在它返回后可能规则仍然没有对所有的主机上生效
    ///
    /// `DELETE /zstack/v1/security-groups/rules`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - ruleUuids: 安全组规则的uuid列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func deleteSecurityGroupRule(
        ruleUuids: [String],
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DeleteSecurityGroupRule.Response {
        try await deleteSecurityGroupRule(
            DeleteSecurityGroupRule.Request(ruleUuids: ruleUuids, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// DeleteSecurityGroupRule
    ///
    /// 删除安全组规则,这个命令是异步执行的, 在它返回后可能规则仍然没有对所有的主机上生效
    ///
    /// 删除安全组规则,这个命令是异步执行的, 在它返回后可能规则仍然没有对所有的主机上生效
    ///
    /// `DELETE /zstack/v1/security-groups/rules`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func deleteSecurityGroupRule(
        _ request: DeleteSecurityGroupRule.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DeleteSecurityGroupRule.Response {
        let call = ZStackRequestBuilder(operation: DeleteSecurityGroupRule.operation)
        call.appendQueryItems("ruleUuids", values: request.ruleUuids)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
