import HTTPTypes

/// 获取IP网络地址容量(GetIpAddressCapacity)
///
/// 获取IP网络地址容量
///
/// `GET /zstack/v1/ip-capacity`, synchronous, authorization required.
///
/// Category: 三层网络
public nonisolated enum GetIpAddressCapacity {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetIpAddressCapacity",
            method: .get,
            pathTemplate: "/zstack/v1/ip-capacity",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 区域UUID
        public let zoneUuids: [String]?

        /// 三层网络UUID
        public let l3NetworkUuids: [String]?

        /// IP地址范围UUID
        public let ipRangeUuids: [String]?

        /// 系统全局
        public let all: Bool?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - zoneUuids: 区域UUID
        ///   - l3NetworkUuids: 三层网络UUID
        ///   - ipRangeUuids: IP地址范围UUID
        ///   - all: 系统全局
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            zoneUuids: [String]? = nil,
            l3NetworkUuids: [String]? = nil,
            ipRangeUuids: [String]? = nil,
            all: Bool? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.zoneUuids = zoneUuids
            self.l3NetworkUuids = l3NetworkUuids
            self.ipRangeUuids = ipRangeUuids
            self.all = all
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
            guard ZStackFieldwise.same(lhs.zoneUuids, rhs.zoneUuids) else { return false }
            guard ZStackFieldwise.same(lhs.l3NetworkUuids, rhs.l3NetworkUuids) else { return false }
            guard ZStackFieldwise.same(lhs.ipRangeUuids, rhs.ipRangeUuids) else { return false }
            guard ZStackFieldwise.same(lhs.all, rhs.all) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// IP地址容量返回值
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// IP地址容量
        public let totalCapacity: Int64?

        /// 可用IP地址容量
        public let availableCapacity: Int64?

        /// 已使用IP数量
        public let usedIpAddressNumber: Int64?

        /// IPv4地址容量
        public let ipv4TotalCapacity: Int64?

        /// 可用IPv4地址容量
        public let ipv4AvailableCapacity: Int64?

        /// 已使用IPv4数量
        public let ipv4UsedIpAddressNumber: Int64?

        /// IPv6地址容量
        public let ipv6TotalCapacity: Int64?

        /// 可用IPv6地址容量
        public let ipv6AvailableCapacity: Int64?

        /// 已使用IPv6数量
        public let ipv6UsedIpAddressNumber: Int64?

        /// 所有被查询的资源的IP地址容量信息
        public let capacityData: [IpCapacityData]?

        /// 所查询资源的类型（地址范围、三层网络、区域）
        public let resourceType: String?

        /// 成功
        public let success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - totalCapacity: IP地址容量
        ///   - availableCapacity: 可用IP地址容量
        ///   - usedIpAddressNumber: 已使用IP数量
        ///   - ipv4TotalCapacity: IPv4地址容量
        ///   - ipv4AvailableCapacity: 可用IPv4地址容量
        ///   - ipv4UsedIpAddressNumber: 已使用IPv4数量
        ///   - ipv6TotalCapacity: IPv6地址容量
        ///   - ipv6AvailableCapacity: 可用IPv6地址容量
        ///   - ipv6UsedIpAddressNumber: 已使用IPv6数量
        ///   - capacityData: 所有被查询的资源的IP地址容量信息
        ///   - resourceType: 所查询资源的类型（地址范围、三层网络、区域）
        ///   - success: 成功
        public init(
            error: ErrorCode? = nil,
            totalCapacity: Int64? = nil,
            availableCapacity: Int64? = nil,
            usedIpAddressNumber: Int64? = nil,
            ipv4TotalCapacity: Int64? = nil,
            ipv4AvailableCapacity: Int64? = nil,
            ipv4UsedIpAddressNumber: Int64? = nil,
            ipv6TotalCapacity: Int64? = nil,
            ipv6AvailableCapacity: Int64? = nil,
            ipv6UsedIpAddressNumber: Int64? = nil,
            capacityData: [IpCapacityData]? = nil,
            resourceType: String? = nil,
            success: Bool? = nil
        ) {
            self.error = error
            self.totalCapacity = totalCapacity
            self.availableCapacity = availableCapacity
            self.usedIpAddressNumber = usedIpAddressNumber
            self.ipv4TotalCapacity = ipv4TotalCapacity
            self.ipv4AvailableCapacity = ipv4AvailableCapacity
            self.ipv4UsedIpAddressNumber = ipv4UsedIpAddressNumber
            self.ipv6TotalCapacity = ipv6TotalCapacity
            self.ipv6AvailableCapacity = ipv6AvailableCapacity
            self.ipv6UsedIpAddressNumber = ipv6UsedIpAddressNumber
            self.capacityData = capacityData
            self.resourceType = resourceType
            self.success = success
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.totalCapacity = try object.optionalValue(Int64.self, forKey: "totalCapacity")
            self.availableCapacity = try object.optionalValue(Int64.self, forKey: "availableCapacity")
            self.usedIpAddressNumber = try object.optionalValue(Int64.self, forKey: "usedIpAddressNumber")
            self.ipv4TotalCapacity = try object.optionalValue(Int64.self, forKey: "ipv4TotalCapacity")
            self.ipv4AvailableCapacity = try object.optionalValue(Int64.self, forKey: "ipv4AvailableCapacity")
            self.ipv4UsedIpAddressNumber = try object.optionalValue(Int64.self, forKey: "ipv4UsedIpAddressNumber")
            self.ipv6TotalCapacity = try object.optionalValue(Int64.self, forKey: "ipv6TotalCapacity")
            self.ipv6AvailableCapacity = try object.optionalValue(Int64.self, forKey: "ipv6AvailableCapacity")
            self.ipv6UsedIpAddressNumber = try object.optionalValue(Int64.self, forKey: "ipv6UsedIpAddressNumber")
            self.capacityData = try object.optionalValue([IpCapacityData].self, forKey: "capacityData")
            self.resourceType = try object.optionalValue(String.self, forKey: "resourceType")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.totalCapacity, forKey: "totalCapacity")
            try object.encodeValue(self.availableCapacity, forKey: "availableCapacity")
            try object.encodeValue(self.usedIpAddressNumber, forKey: "usedIpAddressNumber")
            try object.encodeValue(self.ipv4TotalCapacity, forKey: "ipv4TotalCapacity")
            try object.encodeValue(self.ipv4AvailableCapacity, forKey: "ipv4AvailableCapacity")
            try object.encodeValue(self.ipv4UsedIpAddressNumber, forKey: "ipv4UsedIpAddressNumber")
            try object.encodeValue(self.ipv6TotalCapacity, forKey: "ipv6TotalCapacity")
            try object.encodeValue(self.ipv6AvailableCapacity, forKey: "ipv6AvailableCapacity")
            try object.encodeValue(self.ipv6UsedIpAddressNumber, forKey: "ipv6UsedIpAddressNumber")
            try object.encodeValue(self.capacityData, forKey: "capacityData")
            try object.encodeValue(self.resourceType, forKey: "resourceType")
            try object.encodeValue(self.success, forKey: "success")
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
        public static func fieldsAreEqual(_ lhs: Response, _ rhs: Response) -> Bool {
            guard ZStackFieldwise.same(lhs.error, rhs.error) else { return false }
            guard ZStackFieldwise.same(lhs.totalCapacity, rhs.totalCapacity) else { return false }
            guard ZStackFieldwise.same(lhs.availableCapacity, rhs.availableCapacity) else { return false }
            guard ZStackFieldwise.same(lhs.usedIpAddressNumber, rhs.usedIpAddressNumber) else { return false }
            guard ZStackFieldwise.same(lhs.ipv4TotalCapacity, rhs.ipv4TotalCapacity) else { return false }
            guard ZStackFieldwise.same(lhs.ipv4AvailableCapacity, rhs.ipv4AvailableCapacity) else { return false }
            guard ZStackFieldwise.same(lhs.ipv4UsedIpAddressNumber, rhs.ipv4UsedIpAddressNumber) else { return false }
            guard ZStackFieldwise.same(lhs.ipv6TotalCapacity, rhs.ipv6TotalCapacity) else { return false }
            guard ZStackFieldwise.same(lhs.ipv6AvailableCapacity, rhs.ipv6AvailableCapacity) else { return false }
            guard ZStackFieldwise.same(lhs.ipv6UsedIpAddressNumber, rhs.ipv6UsedIpAddressNumber) else { return false }
            guard ZStackFieldwise.same(lhs.capacityData, rhs.capacityData) else { return false }
            guard ZStackFieldwise.same(lhs.resourceType, rhs.resourceType) else { return false }
            return ZStackFieldwise.same(lhs.success, rhs.success)
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取IP网络地址容量(GetIpAddressCapacity)
    ///
    /// 获取IP网络地址容量
    ///
    /// `GET /zstack/v1/ip-capacity`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - zoneUuids: 区域UUID
    ///   - l3NetworkUuids: 三层网络UUID
    ///   - ipRangeUuids: IP地址范围UUID
    ///   - all: 系统全局
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: IP地址容量返回值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getIpAddressCapacity(
        zoneUuids: [String]? = nil,
        l3NetworkUuids: [String]? = nil,
        ipRangeUuids: [String]? = nil,
        all: Bool? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetIpAddressCapacity.Response {
        try await getIpAddressCapacity(
            GetIpAddressCapacity.Request(
                zoneUuids: zoneUuids,
                l3NetworkUuids: l3NetworkUuids,
                ipRangeUuids: ipRangeUuids,
                all: all,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// 获取IP网络地址容量(GetIpAddressCapacity)
    ///
    /// 获取IP网络地址容量
    ///
    /// `GET /zstack/v1/ip-capacity`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: IP地址容量返回值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getIpAddressCapacity(
        _ request: GetIpAddressCapacity.Request
    ) async throws -> GetIpAddressCapacity.Response {
        let call = ZStackRequestBuilder(operation: GetIpAddressCapacity.operation)
        call.appendQueryItems("zoneUuids", values: request.zoneUuids)
        call.appendQueryItems("l3NetworkUuids", values: request.l3NetworkUuids)
        call.appendQueryItems("ipRangeUuids", values: request.ipRangeUuids)
        call.appendQueryItem("all", describing: request.all)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
