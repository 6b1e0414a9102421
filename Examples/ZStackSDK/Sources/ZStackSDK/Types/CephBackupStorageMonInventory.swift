public import Foundation

/// `CephBackupStorageMonInventory`, as the API describes it.
public nonisolated struct CephBackupStorageMonInventory: Codable, Sendable, Hashable {
    /// The `hostname` field.
    public var hostname: String?

    /// The `monPort` field.
    public var monPort: Int?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// 镜像存储UUID
    public var backupStorageUuid: String?

    /// The `monAddr` field.
    public var monAddr: String?

    /// The `sshPort` field.
    public var sshPort: Int?

    /// The `status` field.
    public var status: String?

    /// The `sshUsername` field.
    public var sshUsername: String?

    /// The `sshPassword` field.
    public var sshPassword: String?

    /// The `monUuid` field.
    public var monUuid: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - hostname: The `hostname` field.
    ///   - monPort: The `monPort` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - backupStorageUuid: 镜像存储UUID
    ///   - monAddr: The `monAddr` field.
    ///   - sshPort: The `sshPort` field.
    ///   - status: The `status` field.
    ///   - sshUsername: The `sshUsername` field.
    ///   - sshPassword: The `sshPassword` field.
    ///   - monUuid: The `monUuid` field.
    public init(
        hostname: String? = nil,
        monPort: Int? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        backupStorageUuid: String? = nil,
        monAddr: String? = nil,
        sshPort: Int? = nil,
        status: String? = nil,
        sshUsername: String? = nil,
        sshPassword: String? = nil,
        monUuid: String? = nil
    ) {
        self.hostname = hostname
        self.monPort = monPort
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.backupStorageUuid = backupStorageUuid
        self.monAddr = monAddr
        self.sshPort = sshPort
        self.status = status
        self.sshUsername = sshUsername
        self.sshPassword = sshPassword
        self.monUuid = monUuid
    }

    private enum CodingKeys: String, CodingKey {
        case hostname = "hostname"
        case monPort = "monPort"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case backupStorageUuid = "backupStorageUuid"
        case monAddr = "monAddr"
        case sshPort = "sshPort"
        case status = "status"
        case sshUsername = "sshUsername"
        case sshPassword = "sshPassword"
        case monUuid = "monUuid"
    }
}
