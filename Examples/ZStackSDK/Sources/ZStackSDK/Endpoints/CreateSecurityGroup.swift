import HTTPTypes

/// CreateSecurityGroup
///
/// 用户可以使用CreateSecurityGroup来创建一个安全组
///
/// 用户可以使用CreateSecurityGroup来创建一个安全组
///
/// `POST /zstack/v1/security-groups`, asynchronous, authorization required.
///
/// Category: securityGroup
public nonisolated enum CreateSecurityGroup {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateSecurityGroup",
        method: .post,
        pathTemplate: "/zstack/v1/security-groups",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源名称
        public var name: String

        /// 资源的详细描述
        public var description: String?

        /// ip协议号
        public var ipVersion: CreateSecurityGroupIpVersion?

        /// 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
        public var resourceUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - ipVersion: ip协议号
        ///   - resourceUuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            name: String,
            description: String? = nil,
            ipVersion: CreateSecurityGroupIpVersion? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.name = name
            self.description = description
            self.ipVersion = ipVersion
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.tagUuids = tagUuids
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
            var ipVersion: CreateSecurityGroupIpVersion?
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.ipVersion = request.ipVersion
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case ipVersion = "ipVersion"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 安全组（Security Group）清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: SecurityGroupInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: SecurityGroupInventory? = nil) {
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
    /// CreateSecurityGroup
    ///
    /// 用户可以使用CreateSecurityGroup来创建一个安全组
    ///
    /// 用户可以使用CreateSecurityGroup来创建一个安全组
    ///
    /// `POST /zstack/v1/security-groups`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - ipVersion: ip协议号
    ///   - resourceUuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createSecurityGroup(
        name: String,
        description: String? = nil,
        ipVersion: CreateSecurityGroupIpVersion? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateSecurityGroup.Response {
        try await createSecurityGroup(
            CreateSecurityGroup.Request(
                name: name,
                description: description,
                ipVersion: ipVersion,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// CreateSecurityGroup
    ///
    /// 用户可以使用CreateSecurityGroup来创建一个安全组
    ///
    /// 用户可以使用CreateSecurityGroup来创建一个安全组
    ///
    /// `POST /zstack/v1/security-groups`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createSecurityGroup(
        _ request: CreateSecurityGroup.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateSecurityGroup.Response {
        var call = ZStackRequestBuilder(operation: CreateSecurityGroup.operation)
        call.jsonBody = CreateSecurityGroup.Body(request)
        return try await perform(call, polling: polling)
    }
}
