public import Foundation

/// For details, see inventory
public nonisolated struct ZoneInventory: Codable, Sendable, Hashable {
    /// Resource UUID
    public var uuid: String?

    /// Zone name
    public var name: String?

    /// Detailed description of the zone
    public var description: String?

    /// The state of the zone
    public var state: ZoneState?

    /// Creation time
    public var createDate: Date?

    /// Last modification time
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: Resource UUID
    ///   - name: Zone name
    ///   - description: Detailed description of the zone
    ///   - state: The state of the zone
    ///   - createDate: Creation time
    ///   - lastOpDate: Last modification time
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        state: ZoneState? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.state = state
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case state = "state"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
