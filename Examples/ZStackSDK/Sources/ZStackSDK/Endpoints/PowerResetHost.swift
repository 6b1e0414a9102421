import HTTPTypes

/// PowerResetHost
///
/// 重启物理机
///
/// 重启一台物理机
///
/// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum PowerResetHost {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "PowerResetHost",
            method: .put,
            pathTemplate: "/zstack/v1/hosts/power/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// 重启方式
        public let method: PowerResetHostMethod?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 是否提前返回
        public let returnEarly: Bool?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - method: 重启方式
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - returnEarly: 是否提前返回
        public init(
            uuid: String,
            method: PowerResetHostMethod? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            returnEarly: Bool? = nil
        ) {
            self.uuid = uuid
            self.method = method
            self.systemTags = systemTags
            self.userTags = userTags
            self.returnEarly = returnEarly
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
            guard ZStackFieldwise.same(lhs.method, rhs.method) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.returnEarly, rhs.returnEarly)
        }
    }

    /// 重启物理机消息回复
    ///
    /// An ``InventoryReply`` of ``HostInventory``: the replies that differ only in that type share one generic type.
    ///
    /// - `success`: 是否成功
    /// - `inventory`: 物理机信息
    public typealias Response = InventoryReply<HostInventory>
}

nonisolated extension ZStackClient {
    /// PowerResetHost
    ///
    /// 重启物理机
    ///
    /// 重启一台物理机
    ///
    /// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - method: 重启方式
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - returnEarly: 是否提前返回
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 重启物理机消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func powerResetHost(
        uuid: String,
        method: PowerResetHostMethod? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        returnEarly: Bool? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> PowerResetHost.Response {
        try await powerResetHost(
            PowerResetHost.Request(
                uuid: uuid,
                method: method,
                systemTags: systemTags,
                userTags: userTags,
                returnEarly: returnEarly
            ),
            polling: polling
        )
    }

    /// PowerResetHost
    ///
    /// 重启物理机
    ///
    /// 重启一台物理机
    ///
    /// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 重启物理机消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func powerResetHost(
        _ request: PowerResetHost.Request,
        polling: ZStackPolling? = nil
    ) async throws -> PowerResetHost.Response {
        let call = ZStackRequestBuilder(operation: PowerResetHost.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "powerResetHost") { wrapped in
                try wrapped.encodeValue(request.method, forKey: "method")
                try wrapped.encodeValue(request.returnEarly, forKey: "returnEarly")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
