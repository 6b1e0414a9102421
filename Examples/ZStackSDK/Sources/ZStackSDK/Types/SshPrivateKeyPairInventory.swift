public import Foundation

/// 密钥对
public nonisolated struct SshPrivateKeyPairInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// The `publicKey` field.
    public var publicKey: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// The `privateKey` field.
    public var privateKey: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - publicKey: The `publicKey` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - privateKey: The `privateKey` field.
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        publicKey: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        privateKey: String? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.publicKey = publicKey
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.privateKey = privateKey
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case publicKey = "publicKey"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case privateKey = "privateKey"
    }
}
