import HTTPTypes

/// AttachL3NetworkToVmNic
///
/// 动态添加一个网络到网卡
///
/// `POST /zstack/v1/nics/{vmNicUuid}/l3-networks/{l3NetworkUuid}`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum AttachL3NetworkToVmNic {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AttachL3NetworkToVmNic",
            method: .post,
            pathTemplate: "/zstack/v1/nics/{vmNicUuid}/l3-networks/{l3NetworkUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机网卡UUID
        public let vmNicUuid: String

        /// 三层网络UUID
        public let l3NetworkUuid: String

        /// 指定分配给云主机的IP地址
        public let staticIp: String?

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmNicUuid: 云主机网卡UUID
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - staticIp: 指定分配给云主机的IP地址
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            vmNicUuid: String,
            l3NetworkUuid: String,
            staticIp: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.vmNicUuid = vmNicUuid
            self.l3NetworkUuid = l3NetworkUuid
            self.staticIp = staticIp
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
            guard ZStackFieldwise.same(lhs.vmNicUuid, rhs.vmNicUuid) else { return false }
            guard ZStackFieldwise.same(lhs.l3NetworkUuid, rhs.l3NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.staticIp, rhs.staticIp) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// The reply's fields.
    ///
    /// An ``InventoryReply`` of ``VmNicInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<VmNicInventory>
}

nonisolated extension ZStackClient {
    /// AttachL3NetworkToVmNic
    ///
    /// 动态添加一个网络到网卡
    ///
    /// `POST /zstack/v1/nics/{vmNicUuid}/l3-networks/{l3NetworkUuid}`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - staticIp: 指定分配给云主机的IP地址
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachL3NetworkToVmNic(
        vmNicUuid: String,
        l3NetworkUuid: String,
        staticIp: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachL3NetworkToVmNic.Response {
        try await attachL3NetworkToVmNic(
            AttachL3NetworkToVmNic.Request(
                vmNicUuid: vmNicUuid,
                l3NetworkUuid: l3NetworkUuid,
                staticIp: staticIp,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AttachL3NetworkToVmNic
    ///
    /// 动态添加一个网络到网卡
    ///
    /// `POST /zstack/v1/nics/{vmNicUuid}/l3-networks/{l3NetworkUuid}`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachL3NetworkToVmNic(
        _ request: AttachL3NetworkToVmNic.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachL3NetworkToVmNic.Response {
        let call = ZStackRequestBuilder(operation: AttachL3NetworkToVmNic.operation)
        call.setPathParameter("vmNicUuid", to: request.vmNicUuid)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.staticIp, forKey: "staticIp")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
