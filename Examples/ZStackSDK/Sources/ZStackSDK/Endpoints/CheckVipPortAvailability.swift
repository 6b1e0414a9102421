import HTTPTypes

/// CheckVipPortAvailability
///
/// 检查VIP端口是否空闲
///
/// `GET /zstack/v1/vips/{vipUuid}/check-port-availability`, synchronous, authorization required.
///
/// Category: vip
public nonisolated enum CheckVipPortAvailability {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CheckVipPortAvailability",
            method: .get,
            pathTemplate: "/zstack/v1/vips/{vipUuid}/check-port-availability",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// VIP UUID
        public let vipUuid: String

        /// The `port` field.
        public let port: Int

        /// The `protocolType` field.
        public let protocolType: CheckVipPortAvailabilityProtocolType

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
        ///   - vipUuid: VIP UUID
        ///   - port: The `port` field.
        ///   - protocolType: The `protocolType` field.
        ///   - limit: The `limit` field.
        ///   - start: The `start` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            vipUuid: String,
            port: Int,
            protocolType: CheckVipPortAvailabilityProtocolType,
            limit: Int? = nil,
            start: Int? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.vipUuid = vipUuid
            self.port = port
            self.protocolType = protocolType
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
            guard ZStackFieldwise.same(lhs.vipUuid, rhs.vipUuid) else { return false }
            guard ZStackFieldwise.same(lhs.port, rhs.port) else { return false }
            guard ZStackFieldwise.same(lhs.protocolType, rhs.protocolType) else { return false }
            guard ZStackFieldwise.same(lhs.limit, rhs.limit) else { return false }
            guard ZStackFieldwise.same(lhs.start, rhs.start) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 检查VIP端口是否空闲
    public final class Response: Codable, Sendable, Equatable {
        /// The `available` field.
        public let available: Bool?

        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - available: The `available` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(available: Bool? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.available = available
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.available = try object.optionalValue(Bool.self, forKey: "available")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.available, forKey: "available")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
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
            guard ZStackFieldwise.same(lhs.available, rhs.available) else { return false }
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.error, rhs.error)
        }
    }
}

nonisolated extension ZStackClient {
    /// CheckVipPortAvailability
    ///
    /// 检查VIP端口是否空闲
    ///
    /// `GET /zstack/v1/vips/{vipUuid}/check-port-availability`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - vipUuid: VIP UUID
    ///   - port: The `port` field.
    ///   - protocolType: The `protocolType` field.
    ///   - limit: The `limit` field.
    ///   - start: The `start` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 检查VIP端口是否空闲
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func checkVipPortAvailability(
        vipUuid: String,
        port: Int,
        protocolType: CheckVipPortAvailabilityProtocolType,
        limit: Int? = nil,
        start: Int? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> CheckVipPortAvailability.Response {
        try await checkVipPortAvailability(
            CheckVipPortAvailability.Request(
                vipUuid: vipUuid,
                port: port,
                protocolType: protocolType,
                limit: limit,
                start: start,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// CheckVipPortAvailability
    ///
    /// 检查VIP端口是否空闲
    ///
    /// `GET /zstack/v1/vips/{vipUuid}/check-port-availability`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 检查VIP端口是否空闲
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func checkVipPortAvailability(
        _ request: CheckVipPortAvailability.Request
    ) async throws -> CheckVipPortAvailability.Response {
        let call = ZStackRequestBuilder(operation: CheckVipPortAvailability.operation)
        call.setPathParameter("vipUuid", to: request.vipUuid)
        call.appendQueryItem("port", value: "\(request.port)")
        call.appendQueryItem("protocolType", value: request.protocolType.rawValue)
        call.appendQueryItem("limit", describing: request.limit)
        call.appendQueryItem("start", describing: request.start)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
