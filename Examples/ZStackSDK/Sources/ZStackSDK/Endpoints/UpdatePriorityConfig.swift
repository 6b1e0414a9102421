import HTTPTypes

/// UpdatePriorityConfig
///
/// 更改云主机优先级配置
///
/// `PUT /zstack/v1/vm-priority-config/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum UpdatePriorityConfig {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdatePriorityConfig",
            method: .put,
            pathTemplate: "/zstack/v1/vm-priority-config/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// The `cpuShares` field.
        public let cpuShares: Int?

        /// The `oomScoreAdj` field.
        public let oomScoreAdj: Int?

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - cpuShares: The `cpuShares` field.
        ///   - oomScoreAdj: The `oomScoreAdj` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            uuid: String,
            cpuShares: Int? = nil,
            oomScoreAdj: Int? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.cpuShares = cpuShares
            self.oomScoreAdj = oomScoreAdj
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.cpuShares, rhs.cpuShares) else { return false }
            guard ZStackFieldwise.same(lhs.oomScoreAdj, rhs.oomScoreAdj) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 更改云主机优先级配置返回
    ///
    /// The same type as ``RemoveSdnController/Response``: the replies have the same fields.
    public typealias Response = RemoveSdnController.Response
}

nonisolated extension ZStackClient {
    /// UpdatePriorityConfig
    ///
    /// 更改云主机优先级配置
    ///
    /// `PUT /zstack/v1/vm-priority-config/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - cpuShares: The `cpuShares` field.
    ///   - oomScoreAdj: The `oomScoreAdj` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更改云主机优先级配置返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updatePriorityConfig(
        uuid: String,
        cpuShares: Int? = nil,
        oomScoreAdj: Int? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdatePriorityConfig.Response {
        try await updatePriorityConfig(
            UpdatePriorityConfig.Request(
                uuid: uuid,
                cpuShares: cpuShares,
                oomScoreAdj: oomScoreAdj,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdatePriorityConfig
    ///
    /// 更改云主机优先级配置
    ///
    /// `PUT /zstack/v1/vm-priority-config/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更改云主机优先级配置返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updatePriorityConfig(
        _ request: UpdatePriorityConfig.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdatePriorityConfig.Response {
        let call = ZStackRequestBuilder(operation: UpdatePriorityConfig.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updatePriorityConfig") { wrapped in
                try wrapped.encodeValue(request.cpuShares, forKey: "cpuShares")
                try wrapped.encodeValue(request.oomScoreAdj, forKey: "oomScoreAdj")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
