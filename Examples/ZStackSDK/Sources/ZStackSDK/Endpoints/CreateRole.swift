import HTTPTypes

/// CreateRole
///
/// 在这里填写API描述
///
/// `POST /zstack/v1/identities/roles`, asynchronous, authorization required.
///
/// Category: rbac
public nonisolated enum CreateRole {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateRole",
        method: .post,
        pathTemplate: "/zstack/v1/identities/roles",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源名称
        public var name: String

        /// 资源的详细描述
        public var description: String?

        /// The `statements` field.
        public var statements: [PolicyStatement]?

        /// The `policyUuids` field.
        public var policyUuids: [String]?

        /// The `resourceUuid` field.
        public var resourceUuid: String?

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// The `identity` field.
        public var identity: String?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - statements: The `statements` field.
        ///   - policyUuids: The `policyUuids` field.
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        ///   - identity: The `identity` field.
        ///   - tagUuids: 标签UUID列表
        public init(
            name: String,
            description: String? = nil,
            statements: [PolicyStatement]? = nil,
            policyUuids: [String]? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            identity: String? = nil,
            tagUuids: [String]? = nil
        ) {
            self.name = name
            self.description = description
            self.statements = statements
            self.policyUuids = policyUuids
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.identity = identity
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
            var statements: [PolicyStatement]?
            var policyUuids: [String]?
            var resourceUuid: String?
            var identity: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.statements = request.statements
                self.policyUuids = request.policyUuids
                self.resourceUuid = request.resourceUuid
                self.identity = request.identity
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case statements = "statements"
                case policyUuids = "policyUuids"
                case resourceUuid = "resourceUuid"
                case identity = "identity"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// The reply's fields.
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: RoleInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: RoleInventory? = nil) {
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
    /// CreateRole
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/identities/roles`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - statements: The `statements` field.
    ///   - policyUuids: The `policyUuids` field.
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - identity: The `identity` field.
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createRole(
        name: String,
        description: String? = nil,
        statements: [PolicyStatement]? = nil,
        policyUuids: [String]? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        identity: String? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateRole.Response {
        try await createRole(
            CreateRole.Request(
                name: name,
                description: description,
                statements: statements,
                policyUuids: policyUuids,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                identity: identity,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// CreateRole
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/identities/roles`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createRole(
        _ request: CreateRole.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateRole.Response {
        var call = ZStackRequestBuilder(operation: CreateRole.operation)
        call.jsonBody = CreateRole.Body(request)
        return try await perform(call, polling: polling)
    }
}
