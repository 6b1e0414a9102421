import HTTPTypes

/// ChangeL3NetworkDhcpIpAddress
///
/// 修改DHCP服务器地址
///
/// `PUT /zstack/v1/l3-networks/{l3NetworkUuid}/dhcp-ip`, asynchronous, authorization required.
///
/// Category: flat.dhcp
public nonisolated enum ChangeL3NetworkDhcpIpAddress {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "ChangeL3NetworkDhcpIpAddress",
            method: .put,
            pathTemplate: "/zstack/v1/l3-networks/{l3NetworkUuid}/dhcp-ip",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 三层网络UUID
        public let l3NetworkUuid: String

        /// DHCP v4 服务器地址
        public let dhcpServerIp: String?

        /// DHCP v6 服务器地址
        public let dhcpv6ServerIp: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - dhcpServerIp: DHCP v4 服务器地址
        ///   - dhcpv6ServerIp: DHCP v6 服务器地址
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            l3NetworkUuid: String,
            dhcpServerIp: String? = nil,
            dhcpv6ServerIp: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.l3NetworkUuid = l3NetworkUuid
            self.dhcpServerIp = dhcpServerIp
            self.dhcpv6ServerIp = dhcpv6ServerIp
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
            guard ZStackFieldwise.same(lhs.dhcpServerIp, rhs.dhcpServerIp) else { return false }
            guard ZStackFieldwise.same(lhs.dhcpv6ServerIp, rhs.dhcpv6ServerIp) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 修改DHCP服务器地址清单
    public final class Response: Codable, Sendable, Equatable {
        /// The `dhcpServerIp` field.
        public let dhcpServerIp: String?

        /// The `dhcpv6ServerIp` field.
        public let dhcpv6ServerIp: String?

        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - dhcpServerIp: The `dhcpServerIp` field.
        ///   - dhcpv6ServerIp: The `dhcpv6ServerIp` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(
            dhcpServerIp: String? = nil,
            dhcpv6ServerIp: String? = nil,
            success: Bool? = nil,
            error: ErrorCode? = nil
        ) {
            self.dhcpServerIp = dhcpServerIp
            self.dhcpv6ServerIp = dhcpv6ServerIp
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.dhcpServerIp = try object.optionalValue(String.self, forKey: "dhcpServerIp")
            self.dhcpv6ServerIp = try object.optionalValue(String.self, forKey: "dhcpv6ServerIp")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.dhcpServerIp, forKey: "dhcpServerIp")
            try object.encodeValue(self.dhcpv6ServerIp, forKey: "dhcpv6ServerIp")
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
            guard ZStackFieldwise.same(lhs.dhcpServerIp, rhs.dhcpServerIp) else { return false }
            guard ZStackFieldwise.same(lhs.dhcpv6ServerIp, rhs.dhcpv6ServerIp) else { return false }
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.error, rhs.error)
        }
    }
}

nonisolated extension ZStackClient {
    /// ChangeL3NetworkDhcpIpAddress
    ///
    /// 修改DHCP服务器地址
    ///
    /// `PUT /zstack/v1/l3-networks/{l3NetworkUuid}/dhcp-ip`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - dhcpServerIp: DHCP v4 服务器地址
    ///   - dhcpv6ServerIp: DHCP v6 服务器地址
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 修改DHCP服务器地址清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeL3NetworkDhcpIpAddress(
        l3NetworkUuid: String,
        dhcpServerIp: String? = nil,
        dhcpv6ServerIp: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeL3NetworkDhcpIpAddress.Response {
        try await changeL3NetworkDhcpIpAddress(
            ChangeL3NetworkDhcpIpAddress.Request(
                l3NetworkUuid: l3NetworkUuid,
                dhcpServerIp: dhcpServerIp,
                dhcpv6ServerIp: dhcpv6ServerIp,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// ChangeL3NetworkDhcpIpAddress
    ///
    /// 修改DHCP服务器地址
    ///
    /// `PUT /zstack/v1/l3-networks/{l3NetworkUuid}/dhcp-ip`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 修改DHCP服务器地址清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeL3NetworkDhcpIpAddress(
        _ request: ChangeL3NetworkDhcpIpAddress.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeL3NetworkDhcpIpAddress.Response {
        let call = ZStackRequestBuilder(operation: ChangeL3NetworkDhcpIpAddress.operation)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "changeL3NetworkDhcpIpAddress") { wrapped in
                try wrapped.encodeValue(request.dhcpServerIp, forKey: "dhcpServerIp")
                try wrapped.encodeValue(request.dhcpv6ServerIp, forKey: "dhcpv6ServerIp")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
