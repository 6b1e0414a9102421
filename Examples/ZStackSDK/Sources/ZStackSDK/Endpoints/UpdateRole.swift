import HTTPTypes

/// UpdateRole
///
/// 更新角色
///
/// `PUT /zstack/v1/identities/roles/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: rbac
public nonisolated enum UpdateRole {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateRole",
        method: .put,
        pathTemplate: "/zstack/v1/identities/roles/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 资源名称
        public var name: String?

        /// 资源的详细描述
        public var description: String?

        /// 角色权限描述
        public var statements: [PolicyStatement]?

        /// 角色权限uuid
        public var policyUuids: [String]?

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - statements: 角色权限描述
        ///   - policyUuids: 角色权限uuid
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            uuid: String,
            name: String? = nil,
            description: String? = nil,
            statements: [PolicyStatement]? = nil,
            policyUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.name = name
            self.description = description
            self.statements = statements
            self.policyUuids = policyUuids
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"updateRole": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateRole"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var name: String?
            var description: String?
            var statements: [PolicyStatement]?
            var policyUuids: [String]?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.statements = request.statements
                self.policyUuids = request.policyUuids
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case statements = "statements"
                case policyUuids = "policyUuids"
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
    /// UpdateRole
    ///
    /// 更新角色
    ///
    /// `PUT /zstack/v1/identities/roles/{uuid}/actions`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - statements: 角色权限描述
    ///   - policyUuids: 角色权限uuid
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateRole(
        uuid: String,
        name: String? = nil,
        description: String? = nil,
        statements: [PolicyStatement]? = nil,
        policyUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateRole.Response {
        try await updateRole(
            UpdateRole.Request(
                uuid: uuid,
                name: name,
                description: description,
                statements: statements,
                policyUuids: policyUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateRole
    ///
    /// 更新角色
    ///
    /// `PUT /zstack/v1/identities/roles/{uuid}/actions`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateRole(
        _ request: UpdateRole.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateRole.Response {
        var call = ZStackRequestBuilder(operation: UpdateRole.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UpdateRole.Body(request)
        return try await perform(call, polling: polling)
    }
}
