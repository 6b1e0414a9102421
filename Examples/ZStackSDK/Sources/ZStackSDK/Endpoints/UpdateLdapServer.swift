import HTTPTypes

/// UpdateLdapServer
///
/// 更新LDAP服务器
///
/// 更新LDAP服务器
///
/// `PUT /zstack/v1/ldap/servers/{ldapServerUuid}`, asynchronous, authorization required.
///
/// Category: ldap
public nonisolated enum UpdateLdapServer {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateLdapServer",
            method: .put,
            pathTemplate: "/zstack/v1/ldap/servers/{ldapServerUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// LDAP服务器的UUID
        public let ldapServerUuid: String

        /// 资源名称
        public let name: String?

        /// 资源的详细描述
        public let description: String?

        /// LDAP服务器的访问地址
        public let url: String?

        /// LDAP服务器的查询BaseDN
        public let base: String?

        /// 访问LDAP服务器的用户名
        public let username: String?

        /// 密码
        public let password: String?

        /// 加密方式
        public let encryption: UpdateLdapServerEncryption?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - ldapServerUuid: LDAP服务器的UUID
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - url: LDAP服务器的访问地址
        ///   - base: LDAP服务器的查询BaseDN
        ///   - username: 访问LDAP服务器的用户名
        ///   - password: 密码
        ///   - encryption: 加密方式
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            ldapServerUuid: String,
            name: String? = nil,
            description: String? = nil,
            url: String? = nil,
            base: String? = nil,
            username: String? = nil,
            password: String? = nil,
            encryption: UpdateLdapServerEncryption? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.ldapServerUuid = ldapServerUuid
            self.name = name
            self.description = description
            self.url = url
            self.base = base
            self.username = username
            self.password = password
            self.encryption = encryption
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
            guard ZStackFieldwise.same(lhs.ldapServerUuid, rhs.ldapServerUuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.url, rhs.url) else { return false }
            guard ZStackFieldwise.same(lhs.base, rhs.base) else { return false }
            guard ZStackFieldwise.same(lhs.username, rhs.username) else { return false }
            guard ZStackFieldwise.same(lhs.password, rhs.password) else { return false }
            guard ZStackFieldwise.same(lhs.encryption, rhs.encryption) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// LDAP服务器清单
    ///
    /// An ``InventoryReply`` of ``LdapServerInventory``: the replies that differ only in that type share one generic
    /// type.
    ///
    /// - `inventory`: LDAP服务器清单
    public typealias Response = InventoryReply<LdapServerInventory>
}

nonisolated extension ZStackClient {
    /// UpdateLdapServer
    ///
    /// 更新LDAP服务器
    ///
    /// 更新LDAP服务器
    ///
    /// `PUT /zstack/v1/ldap/servers/{ldapServerUuid}`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - ldapServerUuid: LDAP服务器的UUID
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - url: LDAP服务器的访问地址
    ///   - base: LDAP服务器的查询BaseDN
    ///   - username: 访问LDAP服务器的用户名
    ///   - password: 密码
    ///   - encryption: 加密方式
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: LDAP服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateLdapServer(
        ldapServerUuid: String,
        name: String? = nil,
        description: String? = nil,
        url: String? = nil,
        base: String? = nil,
        username: String? = nil,
        password: String? = nil,
        encryption: UpdateLdapServerEncryption? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateLdapServer.Response {
        try await updateLdapServer(
            UpdateLdapServer.Request(
                ldapServerUuid: ldapServerUuid,
                name: name,
                description: description,
                url: url,
                base: base,
                username: username,
                password: password,
                encryption: encryption,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateLdapServer
    ///
    /// 更新LDAP服务器
    ///
    /// 更新LDAP服务器
    ///
    /// `PUT /zstack/v1/ldap/servers/{ldapServerUuid}`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: LDAP服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateLdapServer(
        _ request: UpdateLdapServer.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateLdapServer.Response {
        let call = ZStackRequestBuilder(operation: UpdateLdapServer.operation)
        call.setPathParameter("ldapServerUuid", to: request.ldapServerUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateLdapServer") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.url, forKey: "url")
                try wrapped.encodeValue(request.base, forKey: "base")
                try wrapped.encodeValue(request.username, forKey: "username")
                try wrapped.encodeValue(request.password, forKey: "password")
                try wrapped.encodeValue(request.encryption, forKey: "encryption")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
