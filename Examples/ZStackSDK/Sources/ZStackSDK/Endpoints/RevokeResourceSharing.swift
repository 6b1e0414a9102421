import HTTPTypes

/// RevokeResourceSharing
///
/// 解除资源共享
///
/// 解除资源共享
///
/// `PUT /zstack/v1/accounts/resources/actions`, asynchronous, authorization required.
///
/// Category: identity
public nonisolated enum RevokeResourceSharing {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "RevokeResourceSharing",
            method: .put,
            pathTemplate: "/zstack/v1/accounts/resources/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源UUID列表
        public let resourceUuids: [String]

        /// 全局共享
        public let toPublic: Bool?

        /// 账户UUID列表
        public let accountUuids: [String]?

        /// The `all` field.
        public let all: Bool?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - resourceUuids: 资源UUID列表
        ///   - toPublic: 全局共享
        ///   - accountUuids: 账户UUID列表
        ///   - all: The `all` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            resourceUuids: [String],
            toPublic: Bool? = nil,
            accountUuids: [String]? = nil,
            all: Bool? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.resourceUuids = resourceUuids
            self.toPublic = toPublic
            self.accountUuids = accountUuids
            self.all = all
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
            guard ZStackFieldwise.same(lhs.resourceUuids, rhs.resourceUuids) else { return false }
            guard ZStackFieldwise.same(lhs.toPublic, rhs.toPublic) else { return false }
            guard ZStackFieldwise.same(lhs.accountUuids, rhs.accountUuids) else { return false }
            guard ZStackFieldwise.same(lhs.all, rhs.all) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 操作返回结果
    ///
    /// The same type as ``AddPolicyStatementsToRole/Response``: the replies have the same fields.
    public typealias Response = AddPolicyStatementsToRole.Response
}

nonisolated extension ZStackClient {
    /// RevokeResourceSharing
    ///
    /// 解除资源共享
    ///
    /// 解除资源共享
    ///
    /// `PUT /zstack/v1/accounts/resources/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - resourceUuids: 资源UUID列表
    ///   - toPublic: 全局共享
    ///   - accountUuids: 账户UUID列表
    ///   - all: The `all` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func revokeResourceSharing(
        resourceUuids: [String],
        toPublic: Bool? = nil,
        accountUuids: [String]? = nil,
        all: Bool? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RevokeResourceSharing.Response {
        try await revokeResourceSharing(
            RevokeResourceSharing.Request(
                resourceUuids: resourceUuids,
                toPublic: toPublic,
                accountUuids: accountUuids,
                all: all,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// RevokeResourceSharing
    ///
    /// 解除资源共享
    ///
    /// 解除资源共享
    ///
    /// `PUT /zstack/v1/accounts/resources/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func revokeResourceSharing(
        _ request: RevokeResourceSharing.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RevokeResourceSharing.Response {
        let call = ZStackRequestBuilder(operation: RevokeResourceSharing.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "revokeResourceSharing") { wrapped in
                try wrapped.encodeValue(request.resourceUuids, forKey: "resourceUuids")
                try wrapped.encodeValue(request.toPublic, forKey: "toPublic")
                try wrapped.encodeValue(request.accountUuids, forKey: "accountUuids")
                try wrapped.encodeValue(request.all, forKey: "all")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
