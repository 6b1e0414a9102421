import HTTPTypes

/// GetLoadBalancerListenerACLEntries
///
/// 在这里填写API描述
///
/// `GET /zstack/v1/load-balancers/listeners/access-control-lists/entries`, synchronous, authorization required.
///
/// Category: loadBalancer
public nonisolated enum GetLoadBalancerListenerACLEntries {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetLoadBalancerListenerACLEntries",
            method: .get,
            pathTemplate: "/zstack/v1/load-balancers/listeners/access-control-lists/entries",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `listenerUuids` field.
        public let listenerUuids: [String]?

        /// The `type` field.
        public let type: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - listenerUuids: The `listenerUuids` field.
        ///   - type: The `type` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            listenerUuids: [String]? = nil,
            type: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.listenerUuids = listenerUuids
            self.type = type
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
            guard ZStackFieldwise.same(lhs.listenerUuids, rhs.listenerUuids) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// The reply's fields.
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `success` field.
        public let success: Bool?

        /// The `inventories` field.
        public let inventories: [String: [ZStackJSONValue]]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        ///   - inventories: The `inventories` field.
        public init(error: ErrorCode? = nil, success: Bool? = nil, inventories: [String: [ZStackJSONValue]]? = nil) {
            self.error = error
            self.success = success
            self.inventories = inventories
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.inventories = try object.optionalValue([String: [ZStackJSONValue]].self, forKey: "inventories")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.inventories, forKey: "inventories")
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
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.inventories, rhs.inventories)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetLoadBalancerListenerACLEntries
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/load-balancers/listeners/access-control-lists/entries`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - listenerUuids: The `listenerUuids` field.
    ///   - type: The `type` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getLoadBalancerListenerACLEntries(
        listenerUuids: [String]? = nil,
        type: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetLoadBalancerListenerACLEntries.Response {
        try await getLoadBalancerListenerACLEntries(
            GetLoadBalancerListenerACLEntries.Request(
                listenerUuids: listenerUuids,
                type: type,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetLoadBalancerListenerACLEntries
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/load-balancers/listeners/access-control-lists/entries`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getLoadBalancerListenerACLEntries(
        _ request: GetLoadBalancerListenerACLEntries.Request
    ) async throws -> GetLoadBalancerListenerACLEntries.Response {
        let call = ZStackRequestBuilder(operation: GetLoadBalancerListenerACLEntries.operation)
        call.appendQueryItems("listenerUuids", values: request.listenerUuids)
        call.appendQueryItem("type", value: request.type)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
