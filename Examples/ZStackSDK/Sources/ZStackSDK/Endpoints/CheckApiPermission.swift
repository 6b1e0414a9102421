import HTTPTypes

/// CheckApiPermission
///
/// 检查API权限
///
/// 检查API权限
///
/// `PUT /zstack/v1/accounts/permissions/actions`, synchronous, authorization required.
///
/// Category: identity
public nonisolated enum CheckApiPermission {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CheckApiPermission",
            method: .put,
            pathTemplate: "/zstack/v1/accounts/permissions/actions",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// API名称列表
        public let apiNames: [String]

        /// 用户UUID
        public let userUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - apiNames: API名称列表
        ///   - userUuid: 用户UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            apiNames: [String],
            userUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.apiNames = apiNames
            self.userUuid = userUuid
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
            guard ZStackFieldwise.same(lhs.apiNames, rhs.apiNames) else { return false }
            guard ZStackFieldwise.same(lhs.userUuid, rhs.userUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// API权限清单
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `success` field.
        public let success: Bool?

        /// API权限清单
        public let inventory: [String: String]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        ///   - inventory: API权限清单
        public init(error: ErrorCode? = nil, success: Bool? = nil, inventory: [String: String]? = nil) {
            self.error = error
            self.success = success
            self.inventory = inventory
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.inventory = try object.optionalValue([String: String].self, forKey: "inventory")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.inventory, forKey: "inventory")
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
            return ZStackFieldwise.same(lhs.inventory, rhs.inventory)
        }
    }
}

nonisolated extension ZStackClient {
    /// CheckApiPermission
    ///
    /// 检查API权限
    ///
    /// 检查API权限
    ///
    /// `PUT /zstack/v1/accounts/permissions/actions`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - apiNames: API名称列表
    ///   - userUuid: 用户UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: API权限清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func checkApiPermission(
        apiNames: [String],
        userUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> CheckApiPermission.Response {
        try await checkApiPermission(
            CheckApiPermission.Request(
                apiNames: apiNames,
                userUuid: userUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// CheckApiPermission
    ///
    /// 检查API权限
    ///
    /// 检查API权限
    ///
    /// `PUT /zstack/v1/accounts/permissions/actions`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: API权限清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func checkApiPermission(
        _ request: CheckApiPermission.Request
    ) async throws -> CheckApiPermission.Response {
        let call = ZStackRequestBuilder(operation: CheckApiPermission.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "checkApiPermission") { wrapped in
                try wrapped.encodeValue(request.userUuid, forKey: "userUuid")
                try wrapped.encodeValue(request.apiNames, forKey: "apiNames")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call)
    }
}
