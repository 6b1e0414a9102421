import HTTPTypes

/// ChangeHostNetworkInterfaceLldpMode
///
/// 修改lldp的工作模式
///
/// `PUT /zstack/v1/hostNetworkInterface/lldp/actions`, asynchronous, authorization required.
///
/// Category: hostNetwork.lldp
public nonisolated enum ChangeHostNetworkInterfaceLldpMode {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "ChangeHostNetworkInterfaceLldpMode",
            method: .put,
            pathTemplate: "/zstack/v1/hostNetworkInterface/lldp/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 物理网口Uuids
        public let interfaceUuids: [String]

        /// lldp工作模式
        public let mode: ChangeHostNetworkInterfaceLldpModeMode?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - interfaceUuids: 物理网口Uuids
        ///   - mode: lldp工作模式
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            interfaceUuids: [String],
            mode: ChangeHostNetworkInterfaceLldpModeMode? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.interfaceUuids = interfaceUuids
            self.mode = mode
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
            guard ZStackFieldwise.same(lhs.interfaceUuids, rhs.interfaceUuids) else { return false }
            guard ZStackFieldwise.same(lhs.mode, rhs.mode) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 修改lldp的工作模式
    ///
    /// An ``InventoriesReply`` of ``HostNetworkInterfaceLldpInventory``: the replies that differ only in that type
    /// share one generic type.
    ///
    /// - `inventories`: 物理网卡lldp配置清单
    public typealias Response = InventoriesReply<HostNetworkInterfaceLldpInventory>
}

nonisolated extension ZStackClient {
    /// ChangeHostNetworkInterfaceLldpMode
    ///
    /// 修改lldp的工作模式
    ///
    /// `PUT /zstack/v1/hostNetworkInterface/lldp/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - interfaceUuids: 物理网口Uuids
    ///   - mode: lldp工作模式
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 修改lldp的工作模式
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeHostNetworkInterfaceLldpMode(
        interfaceUuids: [String],
        mode: ChangeHostNetworkInterfaceLldpModeMode? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeHostNetworkInterfaceLldpMode.Response {
        try await changeHostNetworkInterfaceLldpMode(
            ChangeHostNetworkInterfaceLldpMode.Request(
                interfaceUuids: interfaceUuids,
                mode: mode,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// ChangeHostNetworkInterfaceLldpMode
    ///
    /// 修改lldp的工作模式
    ///
    /// `PUT /zstack/v1/hostNetworkInterface/lldp/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 修改lldp的工作模式
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeHostNetworkInterfaceLldpMode(
        _ request: ChangeHostNetworkInterfaceLldpMode.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeHostNetworkInterfaceLldpMode.Response {
        let call = ZStackRequestBuilder(operation: ChangeHostNetworkInterfaceLldpMode.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "changeHostNetworkInterfaceLldpMode") { wrapped in
                try wrapped.encodeValue(request.interfaceUuids, forKey: "interfaceUuids")
                try wrapped.encodeValue(request.mode, forKey: "mode")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
