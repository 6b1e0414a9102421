import HTTPTypes

/// GetCandidateLdapEntryForBinding
///
/// 查询可绑定的LDAP/AD条目(排除已绑定的LDAP/AD用户)
///
/// `GET /zstack/v1/ldap/entries/candidates`, synchronous, authorization required.
///
/// Category: ldap
public nonisolated enum GetCandidateLdapEntryForBinding {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetCandidateLdapEntryForBinding",
            method: .get,
            pathTemplate: "/zstack/v1/ldap/entries/candidates",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 查询条件
        public let ldapFilter: String

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// 最多返回的记录数，类似MySQL的limit
        public let limit: Int?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - ldapFilter: 查询条件
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        ///   - limit: 最多返回的记录数，类似MySQL的limit
        public init(ldapFilter: String, systemTags: [String]? = nil, userTags: [String]? = nil, limit: Int? = nil) {
            self.ldapFilter = ldapFilter
            self.systemTags = systemTags
            self.userTags = userTags
            self.limit = limit
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
            guard ZStackFieldwise.same(lhs.ldapFilter, rhs.ldapFilter) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.limit, rhs.limit)
        }
    }

    /// Ldap条目列表
    ///
    /// An ``InventoriesReply`` of ``ZStackJSONValue``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoriesReply<ZStackJSONValue>
}

nonisolated extension ZStackClient {
    /// GetCandidateLdapEntryForBinding
    ///
    /// 查询可绑定的LDAP/AD条目(排除已绑定的LDAP/AD用户)
    ///
    /// `GET /zstack/v1/ldap/entries/candidates`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - ldapFilter: 查询条件
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - limit: 最多返回的记录数，类似MySQL的limit
    /// - Returns: Ldap条目列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateLdapEntryForBinding(
        ldapFilter: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        limit: Int? = nil
    ) async throws -> GetCandidateLdapEntryForBinding.Response {
        try await getCandidateLdapEntryForBinding(
            GetCandidateLdapEntryForBinding.Request(
                ldapFilter: ldapFilter,
                systemTags: systemTags,
                userTags: userTags,
                limit: limit
            )
        )
    }

    /// GetCandidateLdapEntryForBinding
    ///
    /// 查询可绑定的LDAP/AD条目(排除已绑定的LDAP/AD用户)
    ///
    /// `GET /zstack/v1/ldap/entries/candidates`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Ldap条目列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateLdapEntryForBinding(
        _ request: GetCandidateLdapEntryForBinding.Request
    ) async throws -> GetCandidateLdapEntryForBinding.Response {
        let call = ZStackRequestBuilder(operation: GetCandidateLdapEntryForBinding.operation)
        call.appendQueryItem("ldapFilter", value: request.ldapFilter)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        call.appendQueryItem("limit", describing: request.limit)
        return try await perform(call)
    }
}
