public import Foundation

/// `SftpBackupStorageInventory`, as the API describes it.
public nonisolated struct SftpBackupStorageInventory: Codable, Sendable, Hashable {
    /// The `hostname` field.
    public var hostname: String?

    /// The `username` field.
    public var username: String?

    /// The `sshPort` field.
    public var sshPort: Int?

    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// The `url` field.
    public var url: String?

    /// 资源的详细描述
    public var description: String?

    /// The `totalCapacity` field.
    public var totalCapacity: Int64?

    /// The `availableCapacity` field.
    public var availableCapacity: Int64?

    /// The `type` field.
    public var type: String?

    /// The `state` field.
    public var state: String?

    /// The `status` field.
    public var status: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// The `attachedZoneUuids` field.
    public var attachedZoneUuids: [String]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - hostname: The `hostname` field.
    ///   - username: The `username` field.
    ///   - sshPort: The `sshPort` field.
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - url: The `url` field.
    ///   - description: 资源的详细描述
    ///   - totalCapacity: The `totalCapacity` field.
    ///   - availableCapacity: The `availableCapacity` field.
    ///   - type: The `type` field.
    ///   - state: The `state` field.
    ///   - status: The `status` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - attachedZoneUuids: The `attachedZoneUuids` field.
    public init(
        hostname: String? = nil,
        username: String? = nil,
        sshPort: Int? = nil,
        uuid: String? = nil,
        name: String? = nil,
        url: String? = nil,
        description: String? = nil,
        totalCapacity: Int64? = nil,
        availableCapacity: Int64? = nil,
        type: String? = nil,
        state: String? = nil,
        status: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        attachedZoneUuids: [String]? = nil
    ) {
        self.hostname = hostname
        self.username = username
        self.sshPort = sshPort
        self.uuid = uuid
        self.name = name
        self.url = url
        self.description = description
        self.totalCapacity = totalCapacity
        self.availableCapacity = availableCapacity
        self.type = type
        self.state = state
        self.status = status
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.attachedZoneUuids = attachedZoneUuids
    }

    private enum CodingKeys: String, CodingKey {
        case hostname = "hostname"
        case username = "username"
        case sshPort = "sshPort"
        case uuid = "uuid"
        case name = "name"
        case url = "url"
        case description = "description"
        case totalCapacity = "totalCapacity"
        case availableCapacity = "availableCapacity"
        case type = "type"
        case state = "state"
        case status = "status"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case attachedZoneUuids = "attachedZoneUuids"
    }
}
