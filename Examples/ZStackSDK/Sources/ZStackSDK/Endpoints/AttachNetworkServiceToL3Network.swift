import HTTPTypes

/// 挂载网络服务到三层网络(AttachNetworkServiceToL3Network)
///
/// 挂载网络服务到三层网络
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/network-services`, asynchronous, authorization required.
///
/// Category: 三层网络
public nonisolated enum AttachNetworkServiceToL3Network {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AttachNetworkServiceToL3Network",
            method: .post,
            pathTemplate: "/zstack/v1/l3-networks/{l3NetworkUuid}/network-services",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 三层网络UUID
        public let l3NetworkUuid: String

        /// 网络服务，接口参数支持使用NetworkServiceProviderUuid或NetworkServiceProviderType
        public let networkServices: [String: [String]]

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - networkServices: 网络服务，接口参数支持使用NetworkServiceProviderUuid或NetworkServiceProviderType
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            l3NetworkUuid: String,
            networkServices: [String: [String]],
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.l3NetworkUuid = l3NetworkUuid
            self.networkServices = networkServices
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
            guard ZStackFieldwise.same(lhs.l3NetworkUuid, rhs.l3NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.networkServices, rhs.networkServices) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 三层网络清单
    ///
    /// An ``InventoryReply`` of ``L3NetworkInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<L3NetworkInventory>
}

nonisolated extension ZStackClient {
    /// 挂载网络服务到三层网络(AttachNetworkServiceToL3Network)
    ///
    /// 挂载网络服务到三层网络
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/network-services`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - networkServices: 网络服务，接口参数支持使用NetworkServiceProviderUuid或NetworkServiceProviderType
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachNetworkServiceToL3Network(
        l3NetworkUuid: String,
        networkServices: [String: [String]],
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachNetworkServiceToL3Network.Response {
        try await attachNetworkServiceToL3Network(
            AttachNetworkServiceToL3Network.Request(
                l3NetworkUuid: l3NetworkUuid,
                networkServices: networkServices,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 挂载网络服务到三层网络(AttachNetworkServiceToL3Network)
    ///
    /// 挂载网络服务到三层网络
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/network-services`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachNetworkServiceToL3Network(
        _ request: AttachNetworkServiceToL3Network.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachNetworkServiceToL3Network.Response {
        let call = ZStackRequestBuilder(operation: AttachNetworkServiceToL3Network.operation)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.networkServices, forKey: "networkServices")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
