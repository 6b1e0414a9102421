import HTTPTypes

/// 改变网卡的L3网络
///
/// 改变Stopped的云主机的网卡的L3网络
///
/// `POST /zstack/v1/vm-instances/nics/{vmNicUuid}/l3-networks/{destL3NetworkUuid}`, asynchronous, authorization
/// required.
///
/// Category: vmInstance
public nonisolated enum ChangeVmNicNetwork {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "ChangeVmNicNetwork",
            method: .post,
            pathTemplate: "/zstack/v1/vm-instances/nics/{vmNicUuid}/l3-networks/{destL3NetworkUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机网卡UUID
        public let vmNicUuid: String

        /// The `destL3NetworkUuid` field.
        public let destL3NetworkUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `staticIp` field.
        public let staticIp: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmNicUuid: 云主机网卡UUID
        ///   - destL3NetworkUuid: The `destL3NetworkUuid` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - staticIp: The `staticIp` field.
        public init(
            vmNicUuid: String,
            destL3NetworkUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            staticIp: String? = nil
        ) {
            self.vmNicUuid = vmNicUuid
            self.destL3NetworkUuid = destL3NetworkUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.staticIp = staticIp
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
            guard ZStackFieldwise.same(lhs.destL3NetworkUuid, rhs.destL3NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.staticIp, rhs.staticIp)
        }
    }

    /// 网卡清单
    ///
    /// An ``InventoryReply`` of ``VmNicInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<VmNicInventory>
}

nonisolated extension ZStackClient {
    /// 改变网卡的L3网络
    ///
    /// 改变Stopped的云主机的网卡的L3网络
    ///
    /// `POST /zstack/v1/vm-instances/nics/{vmNicUuid}/l3-networks/{destL3NetworkUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - destL3NetworkUuid: The `destL3NetworkUuid` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - staticIp: The `staticIp` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 网卡清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeVmNicNetwork(
        vmNicUuid: String,
        destL3NetworkUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        staticIp: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeVmNicNetwork.Response {
        try await changeVmNicNetwork(
            ChangeVmNicNetwork.Request(
                vmNicUuid: vmNicUuid,
                destL3NetworkUuid: destL3NetworkUuid,
                systemTags: systemTags,
                userTags: userTags,
                staticIp: staticIp
            ),
            polling: polling
        )
    }

    /// 改变网卡的L3网络
    ///
    /// 改变Stopped的云主机的网卡的L3网络
    ///
    /// `POST /zstack/v1/vm-instances/nics/{vmNicUuid}/l3-networks/{destL3NetworkUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 网卡清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeVmNicNetwork(
        _ request: ChangeVmNicNetwork.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeVmNicNetwork.Response {
        let call = ZStackRequestBuilder(operation: ChangeVmNicNetwork.operation)
        call.setPathParameter("vmNicUuid", to: request.vmNicUuid)
        call.setPathParameter("destL3NetworkUuid", to: request.destL3NetworkUuid)
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
