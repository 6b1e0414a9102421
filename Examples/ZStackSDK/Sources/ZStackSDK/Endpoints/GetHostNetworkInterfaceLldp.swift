import HTTPTypes

/// GetHostNetworkInterfaceLldp
///
/// 获取物理网口lldp信息
///
/// `GET /zstack/v1/hostNetworkInterface/lldp/{interfaceUuid}/info`, synchronous, authorization required.
///
/// Category: hostNetwork.lldp
public nonisolated enum GetHostNetworkInterfaceLldp {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetHostNetworkInterfaceLldp",
            method: .get,
            pathTemplate: "/zstack/v1/hostNetworkInterface/lldp/{interfaceUuid}/info",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 物理网口Uuid
        public let interfaceUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - interfaceUuid: 物理网口Uuid
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(interfaceUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.interfaceUuid = interfaceUuid
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
            guard ZStackFieldwise.same(lhs.interfaceUuid, rhs.interfaceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取物理网口lldp信息
    public final class Response: Codable, Sendable, Equatable {
        /// 物理网卡lldp信息清单
        public let lldp: HostNetworkInterfaceLldpRefInventory?

        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - lldp: 物理网卡lldp信息清单
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(lldp: HostNetworkInterfaceLldpRefInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.lldp = lldp
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.lldp = try object.optionalValue(HostNetworkInterfaceLldpRefInventory.self, forKey: "lldp")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.lldp, forKey: "lldp")
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
            guard ZStackFieldwise.same(lhs.lldp, rhs.lldp) else { return false }
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.error, rhs.error)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetHostNetworkInterfaceLldp
    ///
    /// 获取物理网口lldp信息
    ///
    /// `GET /zstack/v1/hostNetworkInterface/lldp/{interfaceUuid}/info`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - interfaceUuid: 物理网口Uuid
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取物理网口lldp信息
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getHostNetworkInterfaceLldp(
        interfaceUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetHostNetworkInterfaceLldp.Response {
        try await getHostNetworkInterfaceLldp(
            GetHostNetworkInterfaceLldp.Request(
                interfaceUuid: interfaceUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetHostNetworkInterfaceLldp
    ///
    /// 获取物理网口lldp信息
    ///
    /// `GET /zstack/v1/hostNetworkInterface/lldp/{interfaceUuid}/info`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取物理网口lldp信息
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getHostNetworkInterfaceLldp(
        _ request: GetHostNetworkInterfaceLldp.Request
    ) async throws -> GetHostNetworkInterfaceLldp.Response {
        let call = ZStackRequestBuilder(operation: GetHostNetworkInterfaceLldp.operation)
        call.setPathParameter("interfaceUuid", to: request.interfaceUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
