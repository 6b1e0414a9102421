/// The network interfaces
public nonisolated final class VmNicInventory: Codable, Sendable, Hashable {
    /// Resource UUID
    public let uuid: String?

    /// IP address
    public let ip: String?

    /// MAC address
    public let mac: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: Resource UUID
    ///   - ip: IP address
    ///   - mac: MAC address
    public init(uuid: String? = nil, ip: String? = nil, mac: String? = nil) {
        self.uuid = uuid
        self.ip = ip
        self.mac = mac
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: FixtureCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.ip = try object.optionalValue(String.self, forKey: "ip")
        self.mac = try object.optionalValue(String.self, forKey: "mac")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: FixtureCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.ip, forKey: "ip")
        try object.encodeValue(self.mac, forKey: "mac")
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
    public static func fieldsAreEqual(_ lhs: VmNicInventory, _ rhs: VmNicInventory) -> Bool {
        guard FixtureFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard FixtureFieldwise.same(lhs.ip, rhs.ip) else { return false }
        return FixtureFieldwise.same(lhs.mac, rhs.mac)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.ip)
        hasher.combine(self.mac)
    }
}

nonisolated extension VmNicInventory {
    /// The fields of ``VmNicInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``VmNicInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: FixtureQueryPath

        /// The fields of ``VmNicInventory`` for its own conditions.
        public init() where Root == VmNicInventory {
            self.pathFromRoot = FixtureQueryPath()
        }

        /// The fields of ``VmNicInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: FixtureQueryPath) {
            self.pathFromRoot = path
        }

        /// Resource UUID
        public var uuid: FixtureQueryField<Root, String> {
            FixtureQueryField(pathFromRoot, "uuid")
        }

        /// IP address
        public var ip: FixtureQueryField<Root, String> {
            FixtureQueryField(pathFromRoot, "ip")
        }

        /// MAC address
        public var mac: FixtureQueryField<Root, String> {
            FixtureQueryField(pathFromRoot, "mac")
        }
    }
}
