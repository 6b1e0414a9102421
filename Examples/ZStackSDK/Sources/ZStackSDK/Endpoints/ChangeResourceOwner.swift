import HTTPTypes

/// ChangeResourceOwner
///
/// 变更资源所有者
///
/// 变更资源所有者
///
/// `POST /zstack/v1/account/{accountUuid}/resources`, asynchronous, authorization required.
///
/// Category: identity
public nonisolated enum ChangeResourceOwner {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "ChangeResourceOwner",
            method: .post,
            pathTemplate: "/zstack/v1/account/{accountUuid}/resources",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 账户UUID
        public let accountUuid: String

        /// 资源UUID
        public let resourceUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - accountUuid: 账户UUID
        ///   - resourceUuid: 资源UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(accountUuid: String, resourceUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.accountUuid = accountUuid
            self.resourceUuid = resourceUuid
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
            guard ZStackFieldwise.same(lhs.accountUuid, rhs.accountUuid) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 账户资源引用清单
    ///
    /// An ``InventoryReply`` of ``AccountResourceRefInventory``: the replies that differ only in that type share one
    /// generic type.
    ///
    /// - `inventory`: 账户资源引用清单
    public typealias Response = InventoryReply<AccountResourceRefInventory>
}

nonisolated extension ZStackClient {
    /// ChangeResourceOwner
    ///
    /// 变更资源所有者
    ///
    /// 变更资源所有者
    ///
    /// `POST /zstack/v1/account/{accountUuid}/resources`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - accountUuid: 账户UUID
    ///   - resourceUuid: 资源UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 账户资源引用清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeResourceOwner(
        accountUuid: String,
        resourceUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeResourceOwner.Response {
        try await changeResourceOwner(
            ChangeResourceOwner.Request(
                accountUuid: accountUuid,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// ChangeResourceOwner
    ///
    /// 变更资源所有者
    ///
    /// 变更资源所有者
    ///
    /// `POST /zstack/v1/account/{accountUuid}/resources`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 账户资源引用清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeResourceOwner(
        _ request: ChangeResourceOwner.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeResourceOwner.Response {
        let call = ZStackRequestBuilder(operation: ChangeResourceOwner.operation)
        call.setPathParameter("accountUuid", to: request.accountUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
