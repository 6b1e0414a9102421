import HTTPTypes

/// UpdateGlobalConfig
///
/// 更新全局配置
///
/// 更新全局配置
///
/// `PUT /zstack/v1/global-configurations/{category}/{name}/actions`, asynchronous, authorization required.
///
/// Category: globalConfig
public nonisolated enum UpdateGlobalConfig {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateGlobalConfig",
            method: .put,
            pathTemplate: "/zstack/v1/global-configurations/{category}/{name}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 类型
        public let category: String

        /// 资源名称
        public let name: String

        /// 值
        public let value: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - category: 类型
        ///   - name: 资源名称
        ///   - value: 值
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            category: String,
            name: String,
            value: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.category = category
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
            guard ZStackFieldwise.same(lhs.category, rhs.category) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.value, rhs.value) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 更新全局配置返回信息
    ///
    /// An ``InventoryReply`` of ``GlobalConfigInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<GlobalConfigInventory>
}

nonisolated extension ZStackClient {
    /// UpdateGlobalConfig
    ///
    /// 更新全局配置
    ///
    /// 更新全局配置
    ///
    /// `PUT /zstack/v1/global-configurations/{category}/{name}/actions`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - category: 类型
    ///   - name: 资源名称
    ///   - value: 值
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新全局配置返回信息
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateGlobalConfig(
        category: String,
        name: String,
        value: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateGlobalConfig.Response {
        try await updateGlobalConfig(
            UpdateGlobalConfig.Request(
                category: category,
                name: name,
                value: value,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateGlobalConfig
    ///
    /// 更新全局配置
    ///
    /// 更新全局配置
    ///
    /// `PUT /zstack/v1/global-configurations/{category}/{name}/actions`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新全局配置返回信息
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateGlobalConfig(
        _ request: UpdateGlobalConfig.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateGlobalConfig.Response {
        let call = ZStackRequestBuilder(operation: UpdateGlobalConfig.operation)
        call.setPathParameter("category", to: request.category)
        call.setPathParameter("name", to: request.name)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateGlobalConfig") { wrapped in
                try wrapped.encodeValue(request.value, forKey: "value")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
