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
    public static let operation = ZStackOperation(
        id: "UpdateLdapServer",
        method: .put,
        pathTemplate: "/zstack/v1/ldap/servers/{ldapServerUuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// LDAP服务器的UUID
        public var ldapServerUuid: String

        /// 资源名称
        public var name: String?

        /// 资源的详细描述
        public var description: String?

        /// LDAP服务器的访问地址
        public var url: String?

        /// LDAP服务器的查询BaseDN
        public var base: String?

        /// 访问LDAP服务器的用户名
        public var username: String?

        /// 密码
        public var password: String?

        /// 加密方式
        public var encryption: UpdateLdapServerEncryption?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

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
    }

    /// The JSON body of a request: `{"updateLdapServer": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [String]?
        var userTags: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateLdapServer"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var name: String?
            var description: String?
            var url: String?
            var base: String?
            var username: String?
            var password: String?
            var encryption: UpdateLdapServerEncryption?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.url = request.url
                self.base = request.base
                self.username = request.username
                self.password = request.password
                self.encryption = request.encryption
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case url = "url"
                case base = "base"
                case username = "username"
                case password = "password"
                case encryption = "encryption"
            }
        }
    }

    /// LDAP服务器清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// LDAP服务器清单
        public var inventory: LdapServerInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: LDAP服务器清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: LdapServerInventory? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventory = "inventory"
        }
    }
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
        var call = ZStackRequestBuilder(operation: UpdateLdapServer.operation)
        call.setPathParameter("ldapServerUuid", to: request.ldapServerUuid)
        call.jsonBody = UpdateLdapServer.Body(request)
        return try await perform(call, polling: polling)
    }
}
