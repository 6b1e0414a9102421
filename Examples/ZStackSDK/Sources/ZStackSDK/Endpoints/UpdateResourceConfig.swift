import HTTPTypes

/// UpdateResourceConfig
///
/// 更新资源高级设置
///
/// `PUT /zstack/v1/resource-configurations/{category}/{name}/{resourceUuid}/actions`, asynchronous, authorization
/// required.
///
/// Category: resourceConfig
public nonisolated enum UpdateResourceConfig {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateResourceConfig",
            method: .put,
            pathTemplate: "/zstack/v1/resource-configurations/{category}/{name}/{resourceUuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 设置类型
        public let category: String

        /// 设置名称
        public let name: String

        /// 设置的资源UUID
        public let resourceUuid: String

        /// 设置的值
        public let value: String

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - category: 设置类型
        ///   - name: 设置名称
        ///   - resourceUuid: 设置的资源UUID
        ///   - value: 设置的值
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            category: String,
            name: String,
            resourceUuid: String,
            value: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.category = category
            self.name = name
            self.resourceUuid = resourceUuid
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
            guard ZStackFieldwise.same(lhs.category, rhs.category) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.value, rhs.value) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 更新资源高级设置的结果
    ///
    /// An ``InventoryReply`` of ``ResourceConfigInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<ResourceConfigInventory>
}

nonisolated extension ZStackClient {
    /// UpdateResourceConfig
    ///
    /// 更新资源高级设置
    ///
    /// `PUT /zstack/v1/resource-configurations/{category}/{name}/{resourceUuid}/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - category: 设置类型
    ///   - name: 设置名称
    ///   - resourceUuid: 设置的资源UUID
    ///   - value: 设置的值
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新资源高级设置的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateResourceConfig(
        category: String,
        name: String,
        resourceUuid: String,
        value: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateResourceConfig.Response {
        try await updateResourceConfig(
            UpdateResourceConfig.Request(
                category: category,
                name: name,
                resourceUuid: resourceUuid,
                value: value,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateResourceConfig
    ///
    /// 更新资源高级设置
    ///
    /// `PUT /zstack/v1/resource-configurations/{category}/{name}/{resourceUuid}/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新资源高级设置的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateResourceConfig(
        _ request: UpdateResourceConfig.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateResourceConfig.Response {
        let call = ZStackRequestBuilder(operation: UpdateResourceConfig.operation)
        call.setPathParameter("category", to: request.category)
        call.setPathParameter("name", to: request.name)
        call.setPathParameter("resourceUuid", to: request.resourceUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateResourceConfig") { wrapped in
                try wrapped.encodeValue(request.value, forKey: "value")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
