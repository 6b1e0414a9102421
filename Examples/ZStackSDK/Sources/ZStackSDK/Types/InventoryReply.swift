/// The reply of the endpoints whose fields differ only in the type that `inventory` holds: each names it with its own
/// type in its `Response`, such as `InventoryReply<AccessControlListEntryInventory>`.
///
/// A field's text here is the one those endpoints share; each endpoint's `Response` gives its own where it differs.
public nonisolated final class InventoryReply<Inventory: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    /// The `success` field.
    public let success: Bool?

    /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
    public let error: ErrorCode?

    /// The `inventory` field.
    public let inventory: Inventory?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - success: The `success` field.
    ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
    ///   - inventory: The `inventory` field.
    public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: Inventory? = nil) {
        self.success = success
        self.error = error
        self.inventory = inventory
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.success = try object.optionalValue(Bool.self, forKey: "success")
        self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        self.inventory = try object.optionalValue(Inventory.self, forKey: "inventory")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.success, forKey: "success")
        try object.encodeValue(self.error, forKey: "error")
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
        guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
        guard ZStackFieldwise.same(lhs.error, rhs.error) else { return false }
        return ZStackFieldwise.same(lhs.inventory, rhs.inventory)
    }
}
