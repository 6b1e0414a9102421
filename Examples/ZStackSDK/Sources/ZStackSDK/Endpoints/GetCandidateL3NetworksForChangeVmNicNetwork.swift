import HTTPTypes

/// 获取云主机网卡可以加载的L3网络
///
/// 获取云主机网卡可以加载的L3网络列表
///
/// `GET /zstack/v1/vm-instances/nics/{vmNicUuid}/l3-networks-candidates`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetCandidateL3NetworksForChangeVmNicNetwork {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetCandidateL3NetworksForChangeVmNicNetwork",
            method: .get,
            pathTemplate: "/zstack/v1/vm-instances/nics/{vmNicUuid}/l3-networks-candidates",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机网卡UUID
        public let vmNicUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmNicUuid: 云主机网卡UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(vmNicUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.vmNicUuid = vmNicUuid
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
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 云主机网卡可加载网络清单
    ///
    /// An ``InventoriesReply`` of ``L3NetworkInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoriesReply<L3NetworkInventory>
}

nonisolated extension ZStackClient {
    /// 获取云主机网卡可以加载的L3网络
    ///
    /// 获取云主机网卡可以加载的L3网络列表
    ///
    /// `GET /zstack/v1/vm-instances/nics/{vmNicUuid}/l3-networks-candidates`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 云主机网卡可加载网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateL3NetworksForChangeVmNicNetwork(
        vmNicUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetCandidateL3NetworksForChangeVmNicNetwork.Response {
        try await getCandidateL3NetworksForChangeVmNicNetwork(
            GetCandidateL3NetworksForChangeVmNicNetwork.Request(
                vmNicUuid: vmNicUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// 获取云主机网卡可以加载的L3网络
    ///
    /// 获取云主机网卡可以加载的L3网络列表
    ///
    /// `GET /zstack/v1/vm-instances/nics/{vmNicUuid}/l3-networks-candidates`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机网卡可加载网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateL3NetworksForChangeVmNicNetwork(
        _ request: GetCandidateL3NetworksForChangeVmNicNetwork.Request
    ) async throws -> GetCandidateL3NetworksForChangeVmNicNetwork.Response {
        let call = ZStackRequestBuilder(operation: GetCandidateL3NetworksForChangeVmNicNetwork.operation)
        call.setPathParameter("vmNicUuid", to: request.vmNicUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
