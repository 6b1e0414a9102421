import HTTPTypes

/// UpdateVmUserDefinedXmlHookScript
///
/// 更新用户自定义xml hook
///
/// 更新用户自定义xml hook
///
/// `PUT /zstack/v1/vm-instances/xml-hook-script`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum UpdateVmUserDefinedXmlHookScript {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateVmUserDefinedXmlHookScript",
            method: .put,
            pathTemplate: "/zstack/v1/vm-instances/xml-hook-script",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// 资源名称
        public let name: String?

        /// 资源的详细描述
        public let description: String?

        /// xml hook 脚本
        public let hookScript: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 启动策略
        public let startupStrategy: UpdateVmUserDefinedXmlHookScriptStartupStrategy?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - hookScript: xml hook 脚本
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - startupStrategy: 启动策略
        public init(
            uuid: String,
            name: String? = nil,
            description: String? = nil,
            hookScript: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            startupStrategy: UpdateVmUserDefinedXmlHookScriptStartupStrategy? = nil
        ) {
            self.uuid = uuid
            self.name = name
            self.description = description
            self.hookScript = hookScript
            self.systemTags = systemTags
            self.userTags = userTags
            self.startupStrategy = startupStrategy
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.hookScript, rhs.hookScript) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.startupStrategy, rhs.startupStrategy)
        }
    }

    /// 更新用户自定义xml hook脚本返回
    ///
    /// An ``InventoryReply`` of ``XmlHookInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<XmlHookInventory>
}

nonisolated extension ZStackClient {
    /// UpdateVmUserDefinedXmlHookScript
    ///
    /// 更新用户自定义xml hook
    ///
    /// 更新用户自定义xml hook
    ///
    /// `PUT /zstack/v1/vm-instances/xml-hook-script`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - hookScript: xml hook 脚本
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - startupStrategy: 启动策略
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新用户自定义xml hook脚本返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVmUserDefinedXmlHookScript(
        uuid: String,
        name: String? = nil,
        description: String? = nil,
        hookScript: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        startupStrategy: UpdateVmUserDefinedXmlHookScriptStartupStrategy? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVmUserDefinedXmlHookScript.Response {
        try await updateVmUserDefinedXmlHookScript(
            UpdateVmUserDefinedXmlHookScript.Request(
                uuid: uuid,
                name: name,
                description: description,
                hookScript: hookScript,
                systemTags: systemTags,
                userTags: userTags,
                startupStrategy: startupStrategy
            ),
            polling: polling
        )
    }

    /// UpdateVmUserDefinedXmlHookScript
    ///
    /// 更新用户自定义xml hook
    ///
    /// 更新用户自定义xml hook
    ///
    /// `PUT /zstack/v1/vm-instances/xml-hook-script`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新用户自定义xml hook脚本返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVmUserDefinedXmlHookScript(
        _ request: UpdateVmUserDefinedXmlHookScript.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVmUserDefinedXmlHookScript.Response {
        let call = ZStackRequestBuilder(operation: UpdateVmUserDefinedXmlHookScript.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateVmUserDefinedXmlHookScript") { wrapped in
                try wrapped.encodeValue(request.uuid, forKey: "uuid")
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.hookScript, forKey: "hookScript")
                try wrapped.encodeValue(request.startupStrategy, forKey: "startupStrategy")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
