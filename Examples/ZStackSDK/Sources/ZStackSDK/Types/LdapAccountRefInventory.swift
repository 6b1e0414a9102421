public import Foundation

/// LDAP账户绑定关系清单
public nonisolated struct LdapAccountRefInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// LDAP登录使用的UID
    public let ldapUid: String?

    /// LDAP服务器UUID
    public let ldapServerUuid: String?

    /// 账户UUID
    public let accountUuid: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - ldapUid: LDAP登录使用的UID
    ///   - ldapServerUuid: LDAP服务器UUID
    ///   - accountUuid: 账户UUID
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        ldapUid: String? = nil,
        ldapServerUuid: String? = nil,
        accountUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.ldapUid = ldapUid
        self.ldapServerUuid = ldapServerUuid
        self.accountUuid = accountUuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.ldapUid = try object.optionalValue(String.self, forKey: "ldapUid")
        self.ldapServerUuid = try object.optionalValue(String.self, forKey: "ldapServerUuid")
        self.accountUuid = try object.optionalValue(String.self, forKey: "accountUuid")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.ldapUid, forKey: "ldapUid")
        try object.encodeValue(self.ldapServerUuid, forKey: "ldapServerUuid")
        try object.encodeValue(self.accountUuid, forKey: "accountUuid")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
    }
}

nonisolated extension LdapAccountRefInventory {
    /// The fields of ``LdapAccountRefInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<LdapAccountRefInventory, String> {
            ZStackQueryField("uuid")
        }

        /// LDAP登录使用的UID
        public static var ldapUid: ZStackQueryField<LdapAccountRefInventory, String> {
            ZStackQueryField("ldapUid")
        }

        /// LDAP服务器UUID
        public static var ldapServerUuid: ZStackQueryField<LdapAccountRefInventory, String> {
            ZStackQueryField("ldapServerUuid")
        }

        /// 账户UUID
        public static var accountUuid: ZStackQueryField<LdapAccountRefInventory, String> {
            ZStackQueryField("accountUuid")
        }
    }
}
