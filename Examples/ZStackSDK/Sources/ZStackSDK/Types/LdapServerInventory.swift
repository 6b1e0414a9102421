public import Foundation

/// LDAP服务器清单
public nonisolated struct LdapServerInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// The `url` field.
    public var url: String?

    /// LDAP服务器访问地址
    public var base: String?

    /// 用于访问LDAP服务器的用户名
    public var username: String?

    /// 密码
    public var password: String?

    /// 加密方式
    public var encryption: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - url: The `url` field.
    ///   - base: LDAP服务器访问地址
    ///   - username: 用于访问LDAP服务器的用户名
    ///   - password: 密码
    ///   - encryption: 加密方式
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        url: String? = nil,
        base: String? = nil,
        username: String? = nil,
        password: String? = nil,
        encryption: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.url = url
        self.base = base
        self.username = username
        self.password = password
        self.encryption = encryption
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case url = "url"
        case base = "base"
        case username = "username"
        case password = "password"
        case encryption = "encryption"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
