/// The reply of the endpoints whose fields differ only in the type that `inventory` holds: each names it with its own
/// type in its `Response`, such as `InventoryReply<SessionInventory>`.
///
/// A field's text here is the one those endpoints share; each endpoint's `Response` gives its own where it differs.
public nonisolated final class InventoryReply<Inventory: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    /// The `inventory` field.
    public let inventory: Inventory?

    /// Creates a value.
    ///
    /// - Parameter inventory: The `inventory` field.
    public init(inventory: Inventory? = nil) {
        self.inventory = inventory
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: FixtureCodingKey.self)
        self.inventory = try object.optionalValue(Inventory.self, forKey: "inventory")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: FixtureCodingKey.self)
        try object.encodeValue(self.inventory, forKey: "inventory")
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
    public static func fieldsAreEqual(_ lhs: InventoryReply, _ rhs: InventoryReply) -> Bool {
        return FixtureFieldwise.same(lhs.inventory, rhs.inventory)
    }
}
