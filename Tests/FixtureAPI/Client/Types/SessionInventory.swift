public import Foundation

/// The session
public nonisolated final class SessionInventory: Codable, Sendable, Hashable {
    /// The session's UUID, which authorizes calls
    public let uuid: String?

    /// The account's UUID
    public let accountUuid: String?

    /// When the session expires
    public let expiredDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: The session's UUID, which authorizes calls
    ///   - accountUuid: The account's UUID
    ///   - expiredDate: When the session expires
    public init(uuid: String? = nil, accountUuid: String? = nil, expiredDate: Date? = nil) {
        self.uuid = uuid
        self.accountUuid = accountUuid
        self.expiredDate = expiredDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: FixtureCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.accountUuid = try object.optionalValue(String.self, forKey: "accountUuid")
        self.expiredDate = try object.optionalValue(Date.self, forKey: "expiredDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: FixtureCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.accountUuid, forKey: "accountUuid")
        try object.encodeValue(self.expiredDate, forKey: "expiredDate")
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
    public static func fieldsAreEqual(_ lhs: SessionInventory, _ rhs: SessionInventory) -> Bool {
        guard FixtureFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard FixtureFieldwise.same(lhs.accountUuid, rhs.accountUuid) else { return false }
        return FixtureFieldwise.same(lhs.expiredDate, rhs.expiredDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.accountUuid)
        hasher.combine(self.expiredDate)
    }
}
