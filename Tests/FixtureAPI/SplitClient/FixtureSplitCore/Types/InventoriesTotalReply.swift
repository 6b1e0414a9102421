/// The reply of the endpoints whose fields differ only in the type that `inventories` holds: each names it with its own
/// type in its `Response`, such as `InventoriesTotalReply<VmInstanceInventory>`.
///
/// A field's text here is the one those endpoints share; each endpoint's `Response` gives its own where it differs.
public nonisolated final class InventoriesTotalReply<
    Inventory: Codable & Sendable & Equatable
>: Codable, Sendable, Equatable {
    /// The `inventories` field.
    public let inventories: [Inventory]?

    /// The `total` field.
    public let total: Int64?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - inventories: The `inventories` field.
    ///   - total: The `total` field.
    public init(inventories: [Inventory]? = nil, total: Int64? = nil) {
        self.inventories = inventories
        self.total = total
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: FixtureCodingKey.self)
        self.inventories = try object.optionalValue([Inventory].self, forKey: "inventories")
        self.total = try object.optionalValue(Int64.self, forKey: "total")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: FixtureCodingKey.self)
        try object.encodeValue(self.inventories, forKey: "inventories")
        try object.encodeValue(self.total, forKey: "total")
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
    public static func fieldsAreEqual(_ lhs: InventoriesTotalReply, _ rhs: InventoriesTotalReply) -> Bool {
        guard FixtureFieldwise.same(lhs.inventories, rhs.inventories) else { return false }
        return FixtureFieldwise.same(lhs.total, rhs.total)
    }
}
