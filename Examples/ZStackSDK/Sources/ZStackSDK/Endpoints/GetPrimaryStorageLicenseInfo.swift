import HTTPTypes

/// 获取主存储的License信息(GetPrimaryStorageLicenseInfo)
///
/// 获取主存储的License信息
///
/// `GET /zstack/v1/primary-storage/{uuid}/license`, synchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum GetPrimaryStorageLicenseInfo {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetPrimaryStorageLicenseInfo",
            method: .get,
            pathTemplate: "/zstack/v1/primary-storage/{uuid}/license",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 主存储UUID
        public let uuid: String

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 主存储UUID
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(uuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 主存储License信息
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `uuid` field.
        public let uuid: String?

        /// The `name` field.
        public let name: String?

        /// The `expireTime` field.
        public let expireTime: String?

        /// The `success` field.
        public let success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - uuid: The `uuid` field.
        ///   - name: The `name` field.
        ///   - expireTime: The `expireTime` field.
        ///   - success: The `success` field.
        public init(
            error: ErrorCode? = nil,
            uuid: String? = nil,
            name: String? = nil,
            expireTime: String? = nil,
            success: Bool? = nil
        ) {
            self.error = error
            self.uuid = uuid
            self.name = name
            self.expireTime = expireTime
            self.success = success
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.uuid = try object.optionalValue(String.self, forKey: "uuid")
            self.name = try object.optionalValue(String.self, forKey: "name")
            self.expireTime = try object.optionalValue(String.self, forKey: "expireTime")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.uuid, forKey: "uuid")
            try object.encodeValue(self.name, forKey: "name")
            try object.encodeValue(self.expireTime, forKey: "expireTime")
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.expireTime, rhs.expireTime) else { return false }
            return ZStackFieldwise.same(lhs.success, rhs.success)
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取主存储的License信息(GetPrimaryStorageLicenseInfo)
    ///
    /// 获取主存储的License信息
    ///
    /// `GET /zstack/v1/primary-storage/{uuid}/license`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - uuid: 主存储UUID
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    /// - Returns: 主存储License信息
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getPrimaryStorageLicenseInfo(
        uuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetPrimaryStorageLicenseInfo.Response {
        try await getPrimaryStorageLicenseInfo(
            GetPrimaryStorageLicenseInfo.Request(uuid: uuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// 获取主存储的License信息(GetPrimaryStorageLicenseInfo)
    ///
    /// 获取主存储的License信息
    ///
    /// `GET /zstack/v1/primary-storage/{uuid}/license`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储License信息
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getPrimaryStorageLicenseInfo(
        _ request: GetPrimaryStorageLicenseInfo.Request
    ) async throws -> GetPrimaryStorageLicenseInfo.Response {
        let call = ZStackRequestBuilder(operation: GetPrimaryStorageLicenseInfo.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
