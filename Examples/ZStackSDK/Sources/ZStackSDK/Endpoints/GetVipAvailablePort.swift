import HTTPTypes

/// GetVipAvailablePort
///
/// 获取VIP空闲端口
///
/// `GET /zstack/v1/vips/{vipUuid}/get-port-availability`, synchronous, authorization required.
///
/// Category: vip
public nonisolated enum GetVipAvailablePort {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetVipAvailablePort",
            method: .get,
            pathTemplate: "/zstack/v1/vips/{vipUuid}/get-port-availability",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// VIP UUID
        public let vipUuid: String

        /// The `protocolType` field.
        public let protocolType: GetVipAvailablePortProtocolType

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
        ///   - protocolType: The `protocolType` field.
        ///   - limit: The `limit` field.
        ///   - start: The `start` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            vipUuid: String,
            protocolType: GetVipAvailablePortProtocolType,
            limit: Int? = nil,
            start: Int? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.vipUuid = vipUuid
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
            guard ZStackFieldwise.same(lhs.protocolType, rhs.protocolType) else { return false }
            guard ZStackFieldwise.same(lhs.limit, rhs.limit) else { return false }
            guard ZStackFieldwise.same(lhs.start, rhs.start) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取VIP空闲端口
    public final class Response: Codable, Sendable, Equatable {
        /// The `availablePort` field.
        public let availablePort: [Int]?

        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - availablePort: The `availablePort` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(availablePort: [Int]? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.availablePort = availablePort
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.availablePort = try object.optionalValue([Int].self, forKey: "availablePort")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.availablePort, forKey: "availablePort")
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
            guard ZStackFieldwise.same(lhs.availablePort, rhs.availablePort) else { return false }
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.error, rhs.error)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetVipAvailablePort
    ///
    /// 获取VIP空闲端口
    ///
    /// `GET /zstack/v1/vips/{vipUuid}/get-port-availability`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - vipUuid: VIP UUID
    ///   - protocolType: The `protocolType` field.
    ///   - limit: The `limit` field.
    ///   - start: The `start` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取VIP空闲端口
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVipAvailablePort(
        vipUuid: String,
        protocolType: GetVipAvailablePortProtocolType,
        limit: Int? = nil,
        start: Int? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetVipAvailablePort.Response {
        try await getVipAvailablePort(
            GetVipAvailablePort.Request(
                vipUuid: vipUuid,
                protocolType: protocolType,
                limit: limit,
                start: start,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetVipAvailablePort
    ///
    /// 获取VIP空闲端口
    ///
    /// `GET /zstack/v1/vips/{vipUuid}/get-port-availability`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取VIP空闲端口
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVipAvailablePort(
        _ request: GetVipAvailablePort.Request
    ) async throws -> GetVipAvailablePort.Response {
        let call = ZStackRequestBuilder(operation: GetVipAvailablePort.operation)
        call.setPathParameter("vipUuid", to: request.vipUuid)
        call.appendQueryItem("protocolType", value: request.protocolType.rawValue)
        call.appendQueryItem("limit", describing: request.limit)
        call.appendQueryItem("start", describing: request.start)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
