import HTTPTypes

/// CreateLdapBinding
///
/// 创建LDAP绑定
///
/// 创建LDAP绑定
///
/// `POST /zstack/v1/ldap/bindings`, asynchronous, authorization required.
///
/// Category: ldap
public nonisolated enum CreateLdapBinding {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateLdapBinding",
            method: .post,
            pathTemplate: "/zstack/v1/ldap/bindings",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// LDAP UID
        public let ldapUid: String

        /// 账户UUID
        public let accountUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - ldapUid: LDAP UID
        ///   - accountUuid: 账户UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(ldapUid: String, accountUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.ldapUid = ldapUid
            self.accountUuid = accountUuid
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
            guard ZStackFieldwise.same(lhs.ldapUid, rhs.ldapUid) else { return false }
            guard ZStackFieldwise.same(lhs.accountUuid, rhs.accountUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// LDAP账户绑定关系清单
    ///
    /// An ``InventoryReply`` of ``LdapAccountRefInventory``: the replies that differ only in that type share one
    /// generic type.
    ///
    /// - `inventory`: LDAP账户绑定关系清单
    public typealias Response = InventoryReply<LdapAccountRefInventory>
}

nonisolated extension ZStackClient {
    /// CreateLdapBinding
    ///
    /// 创建LDAP绑定
    ///
    /// 创建LDAP绑定
    ///
    /// `POST /zstack/v1/ldap/bindings`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - ldapUid: LDAP UID
    ///   - accountUuid: 账户UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: LDAP账户绑定关系清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createLdapBinding(
        ldapUid: String,
        accountUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateLdapBinding.Response {
        try await createLdapBinding(
            CreateLdapBinding.Request(
                ldapUid: ldapUid,
                accountUuid: accountUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// CreateLdapBinding
    ///
    /// 创建LDAP绑定
    ///
    /// 创建LDAP绑定
    ///
    /// `POST /zstack/v1/ldap/bindings`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: LDAP账户绑定关系清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createLdapBinding(
        _ request: CreateLdapBinding.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateLdapBinding.Response {
        let call = ZStackRequestBuilder(operation: CreateLdapBinding.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.ldapUid, forKey: "ldapUid")
                try wrapped.encodeValue(request.accountUuid, forKey: "accountUuid")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
