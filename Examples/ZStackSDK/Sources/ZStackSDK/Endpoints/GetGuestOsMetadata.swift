import HTTPTypes

/// GetGuestOsMetadata
///
/// 获取虚拟机操作系统元数据
///
/// `GET /zstack/v1/guest-os/metadata`, synchronous, authorization required.
///
/// Category: globalConfig
public nonisolated enum GetGuestOsMetadata {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetGuestOsMetadata",
        method: .get,
        pathTemplate: "/zstack/v1/guest-os/metadata",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.systemTags = systemTags
            self.userTags = userTags
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, as a synthesized `==` is declared, so that it does not
        /// join the overloads that every `==` in this module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool {
            ZStackFieldwise.equal((lhs.systemTags, lhs.userTags), (rhs.systemTags, rhs.userTags))
        }
    }

    /// 获取虚拟机操作系统元数据的返回
    public struct Response: Codable, Sendable, Equatable {
        /// The `inventories` field.
        public let inventories: [GuestOsCharacterInventory]?

        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - inventories: The `inventories` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(inventories: [GuestOsCharacterInventory]? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.inventories = inventories
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.inventories = try object.optionalValue([GuestOsCharacterInventory].self, forKey: "inventories")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.inventories, forKey: "inventories")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, as a synthesized `==` is declared, so that it does not
        /// join the overloads that every `==` in this module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool {
            ZStackFieldwise.equal((lhs.inventories, lhs.success, lhs.error), (rhs.inventories, rhs.success, rhs.error))
        }
    }
}

nonisolated extension ZStackClient {
    /// GetGuestOsMetadata
    ///
    /// 获取虚拟机操作系统元数据
    ///
    /// `GET /zstack/v1/guest-os/metadata`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取虚拟机操作系统元数据的返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getGuestOsMetadata(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetGuestOsMetadata.Response {
        try await getGuestOsMetadata(
            GetGuestOsMetadata.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetGuestOsMetadata
    ///
    /// 获取虚拟机操作系统元数据
    ///
    /// `GET /zstack/v1/guest-os/metadata`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取虚拟机操作系统元数据的返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getGuestOsMetadata(
        _ request: GetGuestOsMetadata.Request
    ) async throws -> GetGuestOsMetadata.Response {
        var call = ZStackRequestBuilder(operation: GetGuestOsMetadata.operation)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
