import HTTPTypes

/// GetL3NetworkRouterInterfaceIp
///
/// 获取三层网络上路由器的接口地址
///
/// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/router-interface-ip`, synchronous, authorization required.
///
/// Category: network.l3
public nonisolated enum GetL3NetworkRouterInterfaceIp {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetL3NetworkRouterInterfaceIp",
            method: .get,
            pathTemplate: "/zstack/v1/l3-networks/{l3NetworkUuid}/router-interface-ip",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 三层网络UUID
        public let l3NetworkUuid: String

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
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

    /// 获取三层网络上路由器接口地址回复
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// 三层网络上路由器的接口地址，仅当会在普通三层网络上创建云路由器或在VPC网络上加载VPC路由器时有效
        public let routerInterfaceIp: String?

        /// The `success` field.
        public let success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - routerInterfaceIp: 三层网络上路由器的接口地址，仅当会在普通三层网络上创建云路由器或在VPC网络上加载VPC路由器时有效
        ///   - success: The `success` field.
        public init(error: ErrorCode? = nil, routerInterfaceIp: String? = nil, success: Bool? = nil) {
            self.error = error
            self.routerInterfaceIp = routerInterfaceIp
            self.success = success
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.routerInterfaceIp = try object.optionalValue(String.self, forKey: "routerInterfaceIp")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.routerInterfaceIp, forKey: "routerInterfaceIp")
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
            guard ZStackFieldwise.same(lhs.routerInterfaceIp, rhs.routerInterfaceIp) else { return false }
            return ZStackFieldwise.same(lhs.success, rhs.success)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetL3NetworkRouterInterfaceIp
    ///
    /// 获取三层网络上路由器的接口地址
    ///
    /// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/router-interface-ip`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    /// - Returns: 获取三层网络上路由器接口地址回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getL3NetworkRouterInterfaceIp(
        l3NetworkUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetL3NetworkRouterInterfaceIp.Response {
        try await getL3NetworkRouterInterfaceIp(
            GetL3NetworkRouterInterfaceIp.Request(
                l3NetworkUuid: l3NetworkUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetL3NetworkRouterInterfaceIp
    ///
    /// 获取三层网络上路由器的接口地址
    ///
    /// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/router-interface-ip`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取三层网络上路由器接口地址回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getL3NetworkRouterInterfaceIp(
        _ request: GetL3NetworkRouterInterfaceIp.Request
    ) async throws -> GetL3NetworkRouterInterfaceIp.Response {
        let call = ZStackRequestBuilder(operation: GetL3NetworkRouterInterfaceIp.operation)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
