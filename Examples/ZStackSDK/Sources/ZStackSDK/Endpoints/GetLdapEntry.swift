import HTTPTypes

/// GetLdapEntry
///
/// 查询LDAP/AD条目
///
/// `GET /zstack/v1/ldap/entry`, synchronous, authorization required.
///
/// Category: ldap
public nonisolated enum GetLdapEntry {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetLdapEntry",
            method: .get,
            pathTemplate: "/zstack/v1/ldap/entry",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 查询条件
        public let ldapFilter: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 最多返回的记录数，类似MySQL的limit
        public let limit: Int?

        /// The `ldapServerUuid` field.
        public let ldapServerUuid: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - ldapFilter: 查询条件
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - limit: 最多返回的记录数，类似MySQL的limit
        ///   - ldapServerUuid: The `ldapServerUuid` field.
        public init(
            ldapFilter: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            limit: Int? = nil,
            ldapServerUuid: String? = nil
        ) {
            self.ldapFilter = ldapFilter
            self.systemTags = systemTags
            self.userTags = userTags
            self.limit = limit
            self.ldapServerUuid = ldapServerUuid
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
            guard ZStackFieldwise.same(lhs.limit, rhs.limit) else { return false }
            return ZStackFieldwise.same(lhs.ldapServerUuid, rhs.ldapServerUuid)
        }
    }

    /// Ldap条目列表
    ///
    /// An ``InventoriesReply`` of ``ZStackJSONValue``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoriesReply<ZStackJSONValue>
}

nonisolated extension ZStackClient {
    /// GetLdapEntry
    ///
    /// 查询LDAP/AD条目
    ///
    /// `GET /zstack/v1/ldap/entry`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - ldapFilter: 查询条件
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - limit: 最多返回的记录数，类似MySQL的limit
    ///   - ldapServerUuid: The `ldapServerUuid` field.
    /// - Returns: Ldap条目列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getLdapEntry(
        ldapFilter: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        limit: Int? = nil,
        ldapServerUuid: String? = nil
    ) async throws -> GetLdapEntry.Response {
        try await getLdapEntry(
            GetLdapEntry.Request(
                ldapFilter: ldapFilter,
                systemTags: systemTags,
                userTags: userTags,
                limit: limit,
                ldapServerUuid: ldapServerUuid
            )
        )
    }

    /// GetLdapEntry
    ///
    /// 查询LDAP/AD条目
    ///
    /// `GET /zstack/v1/ldap/entry`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Ldap条目列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getLdapEntry(
        _ request: GetLdapEntry.Request
    ) async throws -> GetLdapEntry.Response {
        let call = ZStackRequestBuilder(operation: GetLdapEntry.operation)
        call.appendQueryItem("ldapFilter", value: request.ldapFilter)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        call.appendQueryItem("limit", describing: request.limit)
        call.appendQueryItem("ldapServerUuid", value: request.ldapServerUuid)
        return try await perform(call)
    }
}
