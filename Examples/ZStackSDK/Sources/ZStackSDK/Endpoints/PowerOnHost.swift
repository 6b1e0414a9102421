import HTTPTypes

/// PowerOnHost
///
/// 物理机开机
///
/// 一台物理机开机
///
/// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum PowerOnHost {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "PowerOnHost",
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

        /// 是否提前返回
        public let returnEarly: Bool?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - returnEarly: 是否提前返回
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, returnEarly: Bool? = nil, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.returnEarly = returnEarly
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
            guard ZStackFieldwise.same(lhs.returnEarly, rhs.returnEarly) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 物理机开机消息回复
    ///
    /// An ``InventoryReply`` of ``HostInventory``: the replies that differ only in that type share one generic type.
    ///
    /// - `success`: 是否成功
    /// - `inventory`: 物理机信息
    public typealias Response = InventoryReply<HostInventory>
}

nonisolated extension ZStackClient {
    /// PowerOnHost
    ///
    /// 物理机开机
    ///
    /// 一台物理机开机
    ///
    /// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - returnEarly: 是否提前返回
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 物理机开机消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func powerOnHost(
        uuid: String,
        returnEarly: Bool? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> PowerOnHost.Response {
        try await powerOnHost(
            PowerOnHost.Request(uuid: uuid, returnEarly: returnEarly, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// PowerOnHost
    ///
    /// 物理机开机
    ///
    /// 一台物理机开机
    ///
    /// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 物理机开机消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func powerOnHost(
        _ request: PowerOnHost.Request,
        polling: ZStackPolling? = nil
    ) async throws -> PowerOnHost.Response {
        let call = ZStackRequestBuilder(operation: PowerOnHost.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "powerOnHost") { wrapped in
                try wrapped.encodeValue(request.returnEarly, forKey: "returnEarly")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
