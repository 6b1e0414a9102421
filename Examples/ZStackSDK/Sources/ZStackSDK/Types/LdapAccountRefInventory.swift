public import Foundation

/// LDAP账户绑定关系清单
public nonisolated struct LdapAccountRefInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// LDAP登录使用的UID
    public var ldapUid: String?

    /// LDAP服务器UUID
    public var ldapServerUuid: String?

    /// 账户UUID
    public var accountUuid: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

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

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case ldapUid = "ldapUid"
        case ldapServerUuid = "ldapServerUuid"
        case accountUuid = "accountUuid"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
