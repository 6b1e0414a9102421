import HTTPTypes

/// 获取网络DHCP服务所用地址(GetL3NetworkDhcpIpAddress)
///
/// 获取网络DHCP服务所用地址
///
/// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/dhcp-ip`, synchronous, authorization required.
///
/// Category: 三层网络
public nonisolated enum GetL3NetworkDhcpIpAddress {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetL3NetworkDhcpIpAddress",
            method: .get,
            pathTemplate: "/zstack/v1/l3-networks/{l3NetworkUuid}/dhcp-ip",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 三层网络UUID
        public let l3NetworkUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(l3NetworkUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.l3NetworkUuid = l3NetworkUuid
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
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取DHCP服务所用地址返回值
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// IP地址
        public let ip: String?

        /// IPv6地址
        public let ip6: String?

        /// 成功
        public let success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - ip: IP地址
        ///   - ip6: IPv6地址
        ///   - success: 成功
        public init(error: ErrorCode? = nil, ip: String? = nil, ip6: String? = nil, success: Bool? = nil) {
            self.error = error
            self.ip = ip
            self.ip6 = ip6
            self.success = success
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.ip = try object.optionalValue(String.self, forKey: "ip")
            self.ip6 = try object.optionalValue(String.self, forKey: "ip6")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.ip, forKey: "ip")
            try object.encodeValue(self.ip6, forKey: "ip6")
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
            guard ZStackFieldwise.same(lhs.ip, rhs.ip) else { return false }
            guard ZStackFieldwise.same(lhs.ip6, rhs.ip6) else { return false }
            return ZStackFieldwise.same(lhs.success, rhs.success)
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取网络DHCP服务所用地址(GetL3NetworkDhcpIpAddress)
    ///
    /// 获取网络DHCP服务所用地址
    ///
    /// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/dhcp-ip`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取DHCP服务所用地址返回值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getL3NetworkDhcpIpAddress(
        l3NetworkUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetL3NetworkDhcpIpAddress.Response {
        try await getL3NetworkDhcpIpAddress(
            GetL3NetworkDhcpIpAddress.Request(l3NetworkUuid: l3NetworkUuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// 获取网络DHCP服务所用地址(GetL3NetworkDhcpIpAddress)
    ///
    /// 获取网络DHCP服务所用地址
    ///
    /// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/dhcp-ip`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取DHCP服务所用地址返回值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getL3NetworkDhcpIpAddress(
        _ request: GetL3NetworkDhcpIpAddress.Request
    ) async throws -> GetL3NetworkDhcpIpAddress.Response {
        let call = ZStackRequestBuilder(operation: GetL3NetworkDhcpIpAddress.operation)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
