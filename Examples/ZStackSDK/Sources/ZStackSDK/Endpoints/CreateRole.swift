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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateRole",
            method: .post,
            pathTemplate: "/zstack/v1/identities/roles",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源名称
        public let name: String

        /// 资源的详细描述
        public let description: String?

        /// The `statements` field.
        public let statements: [PolicyStatement]?

        /// The `policyUuids` field.
        public let policyUuids: [String]?

        /// The `resourceUuid` field.
        public let resourceUuid: String?

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// The `identity` field.
        public let identity: String?

        /// 标签UUID列表
        public let tagUuids: [String]?

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
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.statements, rhs.statements) else { return false }
            guard ZStackFieldwise.same(lhs.policyUuids, rhs.policyUuids) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.identity, rhs.identity) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// The reply's fields.
    ///
    /// An ``InventoryReply`` of ``RoleInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<RoleInventory>
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
        let call = ZStackRequestBuilder(operation: CreateRole.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.statements, forKey: "statements")
                try wrapped.encodeValue(request.policyUuids, forKey: "policyUuids")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.identity, forKey: "identity")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
