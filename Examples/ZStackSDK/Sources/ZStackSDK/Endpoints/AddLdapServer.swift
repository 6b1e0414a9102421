import HTTPTypes

/// AddLdapServer
///
/// 添加LDAP服务器
///
/// 添加LDAP服务器
///
/// `POST /zstack/v1/ldap/servers`, asynchronous, authorization required.
///
/// Category: ldap
public nonisolated enum AddLdapServer {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddLdapServer",
        method: .post,
        pathTemplate: "/zstack/v1/ldap/servers",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源名称
        public var name: String

        /// LDAP服务器访问地址
        public var url: String

        /// LDAP服务查询BaseDN
        public var base: String

        /// 访问LDAP服务器使用的用户名
        public var username: String

        /// 密码
        public var password: String

        /// 加密方式
        public var encryption: AddLdapServerEncryption

        /// Ldap服务器的作用范围（账户或者企业管理用户）
        public var scope: AddLdapServerScope

        /// 资源的详细描述
        public var description: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - url: LDAP服务器访问地址
        ///   - base: LDAP服务查询BaseDN
        ///   - username: 访问LDAP服务器使用的用户名
        ///   - password: 密码
        ///   - encryption: 加密方式
        ///   - scope: Ldap服务器的作用范围（账户或者企业管理用户）
        ///   - description: 资源的详细描述
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            name: String,
            url: String,
            base: String,
            username: String,
            password: String,
            encryption: AddLdapServerEncryption,
            scope: AddLdapServerScope,
            description: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.name = name
            self.url = url
            self.base = base
            self.username = username
            self.password = password
            self.encryption = encryption
            self.scope = scope
            self.description = description
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var name: String
            var description: String?
            var url: String
            var base: String
            var username: String
            var password: String
            var encryption: AddLdapServerEncryption
            var scope: AddLdapServerScope

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.url = request.url
                self.base = request.base
                self.username = request.username
                self.password = request.password
                self.encryption = request.encryption
                self.scope = request.scope
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case url = "url"
                case base = "base"
                case username = "username"
                case password = "password"
                case encryption = "encryption"
                case scope = "scope"
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
    /// AddLdapServer
    ///
    /// 添加LDAP服务器
    ///
    /// 添加LDAP服务器
    ///
    /// `POST /zstack/v1/ldap/servers`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - url: LDAP服务器访问地址
    ///   - base: LDAP服务查询BaseDN
    ///   - username: 访问LDAP服务器使用的用户名
    ///   - password: 密码
    ///   - encryption: 加密方式
    ///   - scope: Ldap服务器的作用范围（账户或者企业管理用户）
    ///   - description: 资源的详细描述
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: LDAP服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addLdapServer(
        name: String,
        url: String,
        base: String,
        username: String,
        password: String,
        encryption: AddLdapServerEncryption,
        scope: AddLdapServerScope,
        description: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddLdapServer.Response {
        try await addLdapServer(
            AddLdapServer.Request(
                name: name,
                url: url,
                base: base,
                username: username,
                password: password,
                encryption: encryption,
                scope: scope,
                description: description,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AddLdapServer
    ///
    /// 添加LDAP服务器
    ///
    /// 添加LDAP服务器
    ///
    /// `POST /zstack/v1/ldap/servers`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: LDAP服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addLdapServer(
        _ request: AddLdapServer.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddLdapServer.Response {
        var call = ZStackRequestBuilder(operation: AddLdapServer.operation)
        call.jsonBody = AddLdapServer.Body(request)
        return try await perform(call, polling: polling)
    }
}
