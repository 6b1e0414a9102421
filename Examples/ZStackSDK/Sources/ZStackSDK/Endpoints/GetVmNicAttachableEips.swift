import HTTPTypes

/// GetVmNicAttachableEips
///
/// 获取云主机网卡可挂载弹性IP
///
/// `GET /zstack/v1/vm-instances/nics/{vmNicUuid}/candidate-eips`, synchronous, authorization required.
///
/// Category: eip
public nonisolated enum GetVmNicAttachableEips {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetVmNicAttachableEips",
            method: .get,
            pathTemplate: "/zstack/v1/vm-instances/nics/{vmNicUuid}/candidate-eips",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机网卡UUID
        public let vmNicUuid: String

        /// The `ipVersion` field.
        public let ipVersion: GetVmNicAttachableEipsIpVersion?

        /// The `limit` field.
        public let limit: Int?

        /// The `start` field.
        public let start: Int?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmNicUuid: 云主机网卡UUID
        ///   - ipVersion: The `ipVersion` field.
        ///   - limit: The `limit` field.
        ///   - start: The `start` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            vmNicUuid: String,
            ipVersion: GetVmNicAttachableEipsIpVersion? = nil,
            limit: Int? = nil,
            start: Int? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.vmNicUuid = vmNicUuid
            self.ipVersion = ipVersion
            self.limit = limit
            self.start = start
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
            guard ZStackFieldwise.same(lhs.ipVersion, rhs.ipVersion) else { return false }
            guard ZStackFieldwise.same(lhs.limit, rhs.limit) else { return false }
            guard ZStackFieldwise.same(lhs.start, rhs.start) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取云主机网卡可挂载弹性IP的返回
    ///
    /// An ``InventoriesReply`` of ``EipInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoriesReply<EipInventory>
}

nonisolated extension ZStackClient {
    /// GetVmNicAttachableEips
    ///
    /// 获取云主机网卡可挂载弹性IP
    ///
    /// `GET /zstack/v1/vm-instances/nics/{vmNicUuid}/candidate-eips`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - ipVersion: The `ipVersion` field.
    ///   - limit: The `limit` field.
    ///   - start: The `start` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取云主机网卡可挂载弹性IP的返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmNicAttachableEips(
        vmNicUuid: String,
        ipVersion: GetVmNicAttachableEipsIpVersion? = nil,
        limit: Int? = nil,
        start: Int? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetVmNicAttachableEips.Response {
        try await getVmNicAttachableEips(
            GetVmNicAttachableEips.Request(
                vmNicUuid: vmNicUuid,
                ipVersion: ipVersion,
                limit: limit,
                start: start,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetVmNicAttachableEips
    ///
    /// 获取云主机网卡可挂载弹性IP
    ///
    /// `GET /zstack/v1/vm-instances/nics/{vmNicUuid}/candidate-eips`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取云主机网卡可挂载弹性IP的返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmNicAttachableEips(
        _ request: GetVmNicAttachableEips.Request
    ) async throws -> GetVmNicAttachableEips.Response {
        let call = ZStackRequestBuilder(operation: GetVmNicAttachableEips.operation)
        call.setPathParameter("vmNicUuid", to: request.vmNicUuid)
        call.appendQueryItem("ipVersion", value: request.ipVersion?.rawValue)
        call.appendQueryItem("limit", describing: request.limit)
        call.appendQueryItem("start", describing: request.start)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
