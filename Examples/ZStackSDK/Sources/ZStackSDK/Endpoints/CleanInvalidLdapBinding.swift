import HTTPTypes

/// CleanInvalidLdapBinding
///
/// 清理无效的LDAP绑定
///
/// 清理无效的LDAP绑定
///
/// `PUT /zstack/v1/ldap/bindings/actions`, asynchronous, authorization required.
///
/// Category: ldap
public nonisolated enum CleanInvalidLdapBinding {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CleanInvalidLdapBinding",
            method: .put,
            pathTemplate: "/zstack/v1/ldap/bindings/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(systemTags: [String]? = nil, userTags: [String]? = nil) {
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
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 被清理的LDAP账户绑定关系清单列表
    ///
    /// An ``InventoriesReply`` of ``AccountInventory``: the replies that differ only in that type share one generic
    /// type.
    ///
    /// - `inventories`: 被清理的LDAP账户绑定关系清单列表
    public typealias Response = InventoriesReply<AccountInventory>
}

nonisolated extension ZStackClient {
    /// CleanInvalidLdapBinding
    ///
    /// 清理无效的LDAP绑定
    ///
    /// 清理无效的LDAP绑定
    ///
    /// `PUT /zstack/v1/ldap/bindings/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 被清理的LDAP账户绑定关系清单列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func cleanInvalidLdapBinding(
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CleanInvalidLdapBinding.Response {
        try await cleanInvalidLdapBinding(
            CleanInvalidLdapBinding.Request(systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// CleanInvalidLdapBinding
    ///
    /// 清理无效的LDAP绑定
    ///
    /// 清理无效的LDAP绑定
    ///
    /// `PUT /zstack/v1/ldap/bindings/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 被清理的LDAP账户绑定关系清单列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func cleanInvalidLdapBinding(
        _ request: CleanInvalidLdapBinding.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CleanInvalidLdapBinding.Response {
        let call = ZStackRequestBuilder(operation: CleanInvalidLdapBinding.operation)
        call.jsonBody = ZStackJSONBody { body in
            body.encodeObject(forKey: "cleanInvalidLdapBinding") { _ in }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
