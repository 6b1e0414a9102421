public import Foundation

/// A named object.
public nonisolated final class Item: Codable, Sendable, Hashable {
    /// Its name.
    public let name: String?

    /// How many.
    public let count: Int?

    /// Its colour.
    public let color: Color?

    /// When it was seen.
    public let seenAt: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: Its name.
    ///   - count: How many.
    ///   - color: Its colour.
    ///   - seenAt: When it was seen.
    public init(name: String? = nil, count: Int? = nil, color: Color? = nil, seenAt: Date? = nil) {
        self.name = name
        self.count = count
        self.color = color
        self.seenAt = seenAt
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: MatrixCodingKey.self)
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.count = try object.optionalValue(Int.self, forKey: "count")
        self.color = try object.optionalValue(Color.self, forKey: "color")
        self.seenAt = try object.optionalValue(Date.self, forKey: "seenAt")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: MatrixCodingKey.self)
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.count, forKey: "count")
        try object.encodeValue(self.color, forKey: "color")
        try object.encodeValue(self.seenAt, forKey: "seenAt")
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
    public static func fieldsAreEqual(_ lhs: Item, _ rhs: Item) -> Bool {
        guard MatrixFieldwise.same(lhs.name, rhs.name) else { return false }
        guard MatrixFieldwise.same(lhs.count, rhs.count) else { return false }
        guard MatrixFieldwise.same(lhs.color, rhs.color) else { return false }
        return MatrixFieldwise.same(lhs.seenAt, rhs.seenAt)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.name)
        hasher.combine(self.count)
        hasher.combine(self.color)
        hasher.combine(self.seenAt)
    }
}
