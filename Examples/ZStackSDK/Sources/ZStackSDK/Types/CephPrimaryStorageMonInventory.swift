public import Foundation

/// `CephPrimaryStorageMonInventory`, as the API describes it.
public nonisolated struct CephPrimaryStorageMonInventory: Codable, Sendable, Hashable {
    /// The `hostname` field.
    public var hostname: String?

    /// The `monPort` field.
    public var monPort: Int?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// 主存储UUID
    public var primaryStorageUuid: String?

    /// The `monAddr` field.
    public var monAddr: String?

    /// The `sshUsername` field.
    public var sshUsername: String?

    /// The `sshPassword` field.
    public var sshPassword: String?

    /// The `sshPort` field.
    public var sshPort: Int?

    /// The `status` field.
    public var status: String?

    /// The `monUuid` field.
    public var monUuid: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - hostname: The `hostname` field.
    ///   - monPort: The `monPort` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - primaryStorageUuid: 主存储UUID
    ///   - monAddr: The `monAddr` field.
    ///   - sshUsername: The `sshUsername` field.
    ///   - sshPassword: The `sshPassword` field.
    ///   - sshPort: The `sshPort` field.
    ///   - status: The `status` field.
    ///   - monUuid: The `monUuid` field.
    public init(
        hostname: String? = nil,
        monPort: Int? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        primaryStorageUuid: String? = nil,
        monAddr: String? = nil,
        sshUsername: String? = nil,
        sshPassword: String? = nil,
        sshPort: Int? = nil,
        status: String? = nil,
        monUuid: String? = nil
    ) {
        self.hostname = hostname
        self.monPort = monPort
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.primaryStorageUuid = primaryStorageUuid
        self.monAddr = monAddr
        self.sshUsername = sshUsername
        self.sshPassword = sshPassword
        self.sshPort = sshPort
        self.status = status
        self.monUuid = monUuid
    }

    private enum CodingKeys: String, CodingKey {
        case hostname = "hostname"
        case monPort = "monPort"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case primaryStorageUuid = "primaryStorageUuid"
        case monAddr = "monAddr"
        case sshUsername = "sshUsername"
        case sshPassword = "sshPassword"
        case sshPort = "sshPort"
        case status = "status"
        case monUuid = "monUuid"
    }
}
