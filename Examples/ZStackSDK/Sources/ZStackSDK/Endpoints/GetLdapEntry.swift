import HTTPTypes

/// GetLdapEntry
///
/// 查询LDAP/AD条目
///
/// `GET /zstack/v1/ldap/entry`, synchronous, authorization required.
///
/// Category: ldap
public nonisolated enum GetLdapEntry {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetLdapEntry",
        method: .get,
        pathTemplate: "/zstack/v1/ldap/entry",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// 查询条件
        public let ldapFilter: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 最多返回的记录数，类似MySQL的limit
        public let limit: Int?

        /// The `ldapServerUuid` field.
        public let ldapServerUuid: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - ldapFilter: 查询条件
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - limit: 最多返回的记录数，类似MySQL的limit
        ///   - ldapServerUuid: The `ldapServerUuid` field.
        public init(
            ldapFilter: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            limit: Int? = nil,
            ldapServerUuid: String? = nil
        ) {
            self.ldapFilter = ldapFilter
            self.systemTags = systemTags
            self.userTags = userTags
            self.limit = limit
            self.ldapServerUuid = ldapServerUuid
        }
    }

    /// Ldap条目列表
    public struct Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `success` field.
        public let success: Bool?

        /// The `inventories` field.
        public let inventories: [ZStackJSONValue]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        ///   - inventories: The `inventories` field.
        public init(error: ErrorCode? = nil, success: Bool? = nil, inventories: [ZStackJSONValue]? = nil) {
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
            self.inventories = try object.optionalValue([ZStackJSONValue].self, forKey: "inventories")
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
    }
}

nonisolated extension ZStackClient {
    /// GetLdapEntry
    ///
    /// 查询LDAP/AD条目
    ///
    /// `GET /zstack/v1/ldap/entry`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - ldapFilter: 查询条件
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - limit: 最多返回的记录数，类似MySQL的limit
    ///   - ldapServerUuid: The `ldapServerUuid` field.
    /// - Returns: Ldap条目列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getLdapEntry(
        ldapFilter: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        limit: Int? = nil,
        ldapServerUuid: String? = nil
    ) async throws -> GetLdapEntry.Response {
        try await getLdapEntry(
            GetLdapEntry.Request(
                ldapFilter: ldapFilter,
                systemTags: systemTags,
                userTags: userTags,
                limit: limit,
                ldapServerUuid: ldapServerUuid
            )
        )
    }

    /// GetLdapEntry
    ///
    /// 查询LDAP/AD条目
    ///
    /// `GET /zstack/v1/ldap/entry`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Ldap条目列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getLdapEntry(
        _ request: GetLdapEntry.Request
    ) async throws -> GetLdapEntry.Response {
        var call = ZStackRequestBuilder(operation: GetLdapEntry.operation)
        call.appendQueryItem("ldapFilter", value: request.ldapFilter)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        call.appendQueryItem("limit", value: request.limit.map { "\($0)" })
        call.appendQueryItem("ldapServerUuid", value: request.ldapServerUuid)
        return try await perform(call)
    }
}
