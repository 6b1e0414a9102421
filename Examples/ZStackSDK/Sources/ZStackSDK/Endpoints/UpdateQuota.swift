import HTTPTypes

/// UpdateQuota
///
/// 更新配额
///
/// 更新配额
///
/// `PUT /zstack/v1/accounts/quotas/actions`, asynchronous, authorization required.
///
/// Category: identity
public nonisolated enum UpdateQuota {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateQuota",
            method: .put,
            pathTemplate: "/zstack/v1/accounts/quotas/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 身份实体的UUID（账户的，用户的）
        public let identityUuid: String

        /// 资源名称
        public let name: String

        /// 配额值
        public let value: Int64

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - identityUuid: 身份实体的UUID（账户的，用户的）
        ///   - name: 资源名称
        ///   - value: 配额值
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            identityUuid: String,
            name: String,
            value: Int64,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.identityUuid = identityUuid
            self.name = name
            self.value = value
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
            guard ZStackFieldwise.same(lhs.identityUuid, rhs.identityUuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.value, rhs.value) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 配额清单
    ///
    /// An ``InventoryReply`` of ``QuotaInventory``: the replies that differ only in that type share one generic type.
    ///
    /// - `inventory`: 配额清单
    public typealias Response = InventoryReply<QuotaInventory>
}

nonisolated extension ZStackClient {
    /// UpdateQuota
    ///
    /// 更新配额
    ///
    /// 更新配额
    ///
    /// `PUT /zstack/v1/accounts/quotas/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - identityUuid: 身份实体的UUID（账户的，用户的）
    ///   - name: 资源名称
    ///   - value: 配额值
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 配额清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateQuota(
        identityUuid: String,
        name: String,
        value: Int64,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateQuota.Response {
        try await updateQuota(
            UpdateQuota.Request(
                identityUuid: identityUuid,
                name: name,
                value: value,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateQuota
    ///
    /// 更新配额
    ///
    /// 更新配额
    ///
    /// `PUT /zstack/v1/accounts/quotas/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 配额清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateQuota(
        _ request: UpdateQuota.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateQuota.Response {
        let call = ZStackRequestBuilder(operation: UpdateQuota.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateQuota") { wrapped in
                try wrapped.encodeValue(request.identityUuid, forKey: "identityUuid")
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.value, forKey: "value")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
