import HTTPTypes

/// UpdateResourceConfigs
///
/// 批量更新资源高级设置
///
/// `POST /zstack/v1/resource-configurations/{resourceUuid}/resource-configs/actions`, asynchronous, authorization
/// required.
///
/// Category: resourceConfig
public nonisolated enum UpdateResourceConfigs {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateResourceConfigs",
            method: .post,
            pathTemplate: "/zstack/v1/resource-configurations/{resourceUuid}/resource-configs/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 设置的资源UUID
        public let resourceUuid: String

        /// 资源的高级配置列表
        public let resourceConfigs: [ZStackJSONValue]

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - resourceUuid: 设置的资源UUID
        ///   - resourceConfigs: 资源的高级配置列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            resourceUuid: String,
            resourceConfigs: [ZStackJSONValue],
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.resourceUuid = resourceUuid
            self.resourceConfigs = resourceConfigs
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
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.resourceConfigs, rhs.resourceConfigs) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 资源高级设置清单
    ///
    /// An ``InventoriesReply`` of ``ResourceConfigStruct``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoriesReply<ResourceConfigStruct>
}

nonisolated extension ZStackClient {
    /// UpdateResourceConfigs
    ///
    /// 批量更新资源高级设置
    ///
    /// `POST /zstack/v1/resource-configurations/{resourceUuid}/resource-configs/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - resourceUuid: 设置的资源UUID
    ///   - resourceConfigs: 资源的高级配置列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 资源高级设置清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateResourceConfigs(
        resourceUuid: String,
        resourceConfigs: [ZStackJSONValue],
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateResourceConfigs.Response {
        try await updateResourceConfigs(
            UpdateResourceConfigs.Request(
                resourceUuid: resourceUuid,
                resourceConfigs: resourceConfigs,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateResourceConfigs
    ///
    /// 批量更新资源高级设置
    ///
    /// `POST /zstack/v1/resource-configurations/{resourceUuid}/resource-configs/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 资源高级设置清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateResourceConfigs(
        _ request: UpdateResourceConfigs.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateResourceConfigs.Response {
        let call = ZStackRequestBuilder(operation: UpdateResourceConfigs.operation)
        call.setPathParameter("resourceUuid", to: request.resourceUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.resourceConfigs, forKey: "resourceConfigs")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
