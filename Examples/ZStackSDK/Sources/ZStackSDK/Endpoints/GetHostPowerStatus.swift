import HTTPTypes

/// GetHostPowerStatus
///
/// 获取物理机最新电源状态
///
/// 获取一台物理机最新电源状态
///
/// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum GetHostPowerStatus {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetHostPowerStatus",
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

        /// 获取物理机电源状态方式
        public let method: GetHostPowerStatusMethod?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - method: 获取物理机电源状态方式
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            method: GetHostPowerStatusMethod? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.method = method
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
            guard ZStackFieldwise.same(lhs.method, rhs.method) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取物理机最新电源状态消息回复
    ///
    /// An ``InventoryReply`` of ``HostIpmiInventory``: the replies that differ only in that type share one generic
    /// type.
    ///
    /// - `success`: 是否成功
    /// - `inventory`: 物理机IPMI信息
    public typealias Response = InventoryReply<HostIpmiInventory>
}

nonisolated extension ZStackClient {
    /// GetHostPowerStatus
    ///
    /// 获取物理机最新电源状态
    ///
    /// 获取一台物理机最新电源状态
    ///
    /// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - method: 获取物理机电源状态方式
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 获取物理机最新电源状态消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func getHostPowerStatus(
        uuid: String,
        method: GetHostPowerStatusMethod? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> GetHostPowerStatus.Response {
        try await getHostPowerStatus(
            GetHostPowerStatus.Request(uuid: uuid, method: method, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// GetHostPowerStatus
    ///
    /// 获取物理机最新电源状态
    ///
    /// 获取一台物理机最新电源状态
    ///
    /// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 获取物理机最新电源状态消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func getHostPowerStatus(
        _ request: GetHostPowerStatus.Request,
        polling: ZStackPolling? = nil
    ) async throws -> GetHostPowerStatus.Response {
        let call = ZStackRequestBuilder(operation: GetHostPowerStatus.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "getHostPowerStatus") { wrapped in
                try wrapped.encodeValue(request.method, forKey: "method")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
