import HTTPTypes

/// 检查IP可用性(CheckIpAvailability)
///
/// 检查IP可用性
///
/// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/ip/{ip}/availability`, synchronous, authorization required.
///
/// Category: 三层网络
public nonisolated enum CheckIpAvailability {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CheckIpAvailability",
            method: .get,
            pathTemplate: "/zstack/v1/l3-networks/{l3NetworkUuid}/ip/{ip}/availability",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 三层网络UUID
        public let l3NetworkUuid: String

        /// IP地址
        public let ip: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 使用arping检测
        public let arpCheck: Bool?

        /// 在数据库可用地址段内检测
        public let ipRangeCheck: Bool?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - ip: IP地址
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - arpCheck: 使用arping检测
        ///   - ipRangeCheck: 在数据库可用地址段内检测
        public init(
            l3NetworkUuid: String,
            ip: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            arpCheck: Bool? = nil,
            ipRangeCheck: Bool? = nil
        ) {
            self.l3NetworkUuid = l3NetworkUuid
            self.ip = ip
            self.systemTags = systemTags
            self.userTags = userTags
            self.arpCheck = arpCheck
            self.ipRangeCheck = ipRangeCheck
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
            guard ZStackFieldwise.same(lhs.ip, rhs.ip) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.arpCheck, rhs.arpCheck) else { return false }
            return ZStackFieldwise.same(lhs.ipRangeCheck, rhs.ipRangeCheck)
        }
    }

    /// 可用性结果
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// 可用
        public let available: Bool?

        /// 原因
        public let reason: String?

        /// 成功
        public let success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - available: 可用
        ///   - reason: 原因
        ///   - success: 成功
        public init(error: ErrorCode? = nil, available: Bool? = nil, reason: String? = nil, success: Bool? = nil) {
            self.error = error
            self.available = available
            self.reason = reason
            self.success = success
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.available = try object.optionalValue(Bool.self, forKey: "available")
            self.reason = try object.optionalValue(String.self, forKey: "reason")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.available, forKey: "available")
            try object.encodeValue(self.reason, forKey: "reason")
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
            guard ZStackFieldwise.same(lhs.available, rhs.available) else { return false }
            guard ZStackFieldwise.same(lhs.reason, rhs.reason) else { return false }
            return ZStackFieldwise.same(lhs.success, rhs.success)
        }
    }
}

nonisolated extension ZStackClient {
    /// 检查IP可用性(CheckIpAvailability)
    ///
    /// 检查IP可用性
    ///
    /// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/ip/{ip}/availability`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - ip: IP地址
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - arpCheck: 使用arping检测
    ///   - ipRangeCheck: 在数据库可用地址段内检测
    /// - Returns: 可用性结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func checkIpAvailability(
        l3NetworkUuid: String,
        ip: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        arpCheck: Bool? = nil,
        ipRangeCheck: Bool? = nil
    ) async throws -> CheckIpAvailability.Response {
        try await checkIpAvailability(
            CheckIpAvailability.Request(
                l3NetworkUuid: l3NetworkUuid,
                ip: ip,
                systemTags: systemTags,
                userTags: userTags,
                arpCheck: arpCheck,
                ipRangeCheck: ipRangeCheck
            )
        )
    }

    /// 检查IP可用性(CheckIpAvailability)
    ///
    /// 检查IP可用性
    ///
    /// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/ip/{ip}/availability`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 可用性结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func checkIpAvailability(
        _ request: CheckIpAvailability.Request
    ) async throws -> CheckIpAvailability.Response {
        let call = ZStackRequestBuilder(operation: CheckIpAvailability.operation)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.setPathParameter("ip", to: request.ip)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        call.appendQueryItem("arpCheck", describing: request.arpCheck)
        call.appendQueryItem("ipRangeCheck", describing: request.ipRangeCheck)
        return try await perform(call)
    }
}
