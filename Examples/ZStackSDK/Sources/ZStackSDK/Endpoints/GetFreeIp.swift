import HTTPTypes

/// 获取空闲IP(GetFreeIp)
///
/// 获取空闲IP
///
/// `GET /zstack/v1/l3-networks/ip/free`, synchronous, authorization required.
///
/// Category: 三层网络
public nonisolated enum GetFreeIp {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetFreeIp",
            method: .get,
            pathTemplate: "/zstack/v1/l3-networks/ip/free",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 三层网络UUID，注意：l3NetworkUuid 和 ipRangeUuid 二选一
        public let l3NetworkUuid: String?

        /// IP段UUID，注意：l3NetworkUuid 和 ipRangeUuid 二选一
        public let ipRangeUuid: String?

        /// 起始值
        public let start: String?

        /// 地址类型
        public let ipRangeType: GetFreeIpIpRangeType?

        /// IP地址版本号
        public let ipVersion: GetFreeIpIpVersion?

        /// 数量限制
        public let limit: Int?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - l3NetworkUuid: 三层网络UUID，注意：l3NetworkUuid 和 ipRangeUuid 二选一
        ///   - ipRangeUuid: IP段UUID，注意：l3NetworkUuid 和 ipRangeUuid 二选一
        ///   - start: 起始值
        ///   - ipRangeType: 地址类型
        ///   - ipVersion: IP地址版本号
        ///   - limit: 数量限制
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            l3NetworkUuid: String? = nil,
            ipRangeUuid: String? = nil,
            start: String? = nil,
            ipRangeType: GetFreeIpIpRangeType? = nil,
            ipVersion: GetFreeIpIpVersion? = nil,
            limit: Int? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.l3NetworkUuid = l3NetworkUuid
            self.ipRangeUuid = ipRangeUuid
            self.start = start
            self.ipRangeType = ipRangeType
            self.ipVersion = ipVersion
            self.limit = limit
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
            guard ZStackFieldwise.same(lhs.ipRangeUuid, rhs.ipRangeUuid) else { return false }
            guard ZStackFieldwise.same(lhs.start, rhs.start) else { return false }
            guard ZStackFieldwise.same(lhs.ipRangeType, rhs.ipRangeType) else { return false }
            guard ZStackFieldwise.same(lhs.ipVersion, rhs.ipVersion) else { return false }
            guard ZStackFieldwise.same(lhs.limit, rhs.limit) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 空闲IP清单
    ///
    /// An ``InventoriesReply`` of ``FreeIpInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoriesReply<FreeIpInventory>
}

nonisolated extension ZStackClient {
    /// 获取空闲IP(GetFreeIp)
    ///
    /// 获取空闲IP
    ///
    /// `GET /zstack/v1/l3-networks/ip/free`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID，注意：l3NetworkUuid 和 ipRangeUuid 二选一
    ///   - ipRangeUuid: IP段UUID，注意：l3NetworkUuid 和 ipRangeUuid 二选一
    ///   - start: 起始值
    ///   - ipRangeType: 地址类型
    ///   - ipVersion: IP地址版本号
    ///   - limit: 数量限制
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 空闲IP清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getFreeIp(
        l3NetworkUuid: String? = nil,
        ipRangeUuid: String? = nil,
        start: String? = nil,
        ipRangeType: GetFreeIpIpRangeType? = nil,
        ipVersion: GetFreeIpIpVersion? = nil,
        limit: Int? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetFreeIp.Response {
        try await getFreeIp(
            GetFreeIp.Request(
                l3NetworkUuid: l3NetworkUuid,
                ipRangeUuid: ipRangeUuid,
                start: start,
                ipRangeType: ipRangeType,
                ipVersion: ipVersion,
                limit: limit,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// 获取空闲IP(GetFreeIp)
    ///
    /// 获取空闲IP
    ///
    /// `GET /zstack/v1/l3-networks/ip/free`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 空闲IP清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getFreeIp(
        _ request: GetFreeIp.Request
    ) async throws -> GetFreeIp.Response {
        let call = ZStackRequestBuilder(operation: GetFreeIp.operation)
        call.appendQueryItem("l3NetworkUuid", value: request.l3NetworkUuid)
        call.appendQueryItem("ipRangeUuid", value: request.ipRangeUuid)
        call.appendQueryItem("start", value: request.start)
        call.appendQueryItem("ipRangeType", value: request.ipRangeType?.rawValue)
        call.appendQueryItem("ipVersion", value: request.ipVersion?.rawValue)
        call.appendQueryItem("limit", describing: request.limit)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
