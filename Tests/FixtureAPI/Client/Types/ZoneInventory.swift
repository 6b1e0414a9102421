public import Foundation

/// For details, see inventory
public nonisolated final class ZoneInventory: Codable, Sendable, Hashable {
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

    /// Whether two values are equal (`==`): all their fields are.
    ///
    /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
    /// module and in its importers is checked against.
    ///
    /// - Parameters:
    ///   - lhs: A value.
    ///   - rhs: Another value.
    /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
    @_implements(Equatable,==(_:_:))
    public static func fieldsAreEqual(_ lhs: ZoneInventory, _ rhs: ZoneInventory) -> Bool {
        guard FixtureFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard FixtureFieldwise.same(lhs.name, rhs.name) else { return false }
        guard FixtureFieldwise.same(lhs.description, rhs.description) else { return false }
        guard FixtureFieldwise.same(lhs.state, rhs.state) else { return false }
        guard FixtureFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return FixtureFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.state)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension ZoneInventory {
    /// The fields of ``ZoneInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``ZoneInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: FixtureQueryPath

        /// The fields of ``ZoneInventory`` for its own conditions.
        public init() where Root == ZoneInventory {
            self.pathFromRoot = FixtureQueryPath()
        }

        /// The fields of ``ZoneInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: FixtureQueryPath) {
            self.pathFromRoot = path
        }

        /// Resource UUID
        public var uuid: FixtureQueryField<Root, String> {
            FixtureQueryField(pathFromRoot, "uuid")
        }

        /// Zone name
        public var name: FixtureQueryField<Root, String> {
            FixtureQueryField(pathFromRoot, "name")
        }

        /// Detailed description of the zone
        public var description: FixtureQueryField<Root, String> {
            FixtureQueryField(pathFromRoot, "description")
        }

        /// The state of the zone
        public var state: FixtureQueryField<Root, ZoneState> {
            FixtureQueryField(pathFromRoot, "state")
        }

        /// Creation time
        public var createDate: FixtureQueryField<Root, Date> {
            FixtureQueryField(pathFromRoot, "createDate")
        }

        /// Last modification time
        public var lastOpDate: FixtureQueryField<Root, Date> {
            FixtureQueryField(pathFromRoot, "lastOpDate")
        }
    }
}
