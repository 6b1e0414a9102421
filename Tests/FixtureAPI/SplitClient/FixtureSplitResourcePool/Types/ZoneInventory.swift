public import FixtureSplitCore
public import Foundation

/// For details, see inventory
public nonisolated struct ZoneInventory: Codable, Sendable, Hashable {
    /// Resource UUID
    public let uuid: String?

    /// Zone name
    public let name: String?

    /// Detailed description of the zone
    public let description: String?

    /// The state of the zone
    public let state: ZoneState?

    /// Creation time
    public let createDate: Date?

    /// Last modification time
    public let lastOpDate: Date?

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

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: FixtureCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.state = try object.optionalValue(ZoneState.self, forKey: "state")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: FixtureCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
    }
}

nonisolated extension ZoneInventory {
    /// The fields of ``ZoneInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// Resource UUID
        public static var uuid: FixtureQueryField<ZoneInventory, String> {
            FixtureQueryField("uuid")
        }

        /// Zone name
        public static var name: FixtureQueryField<ZoneInventory, String> {
            FixtureQueryField("name")
        }

        /// Detailed description of the zone
        public static var description: FixtureQueryField<ZoneInventory, String> {
            FixtureQueryField("description")
        }

        /// The state of the zone
        public static var state: FixtureQueryField<ZoneInventory, ZoneState> {
            FixtureQueryField("state")
        }
    }
}
