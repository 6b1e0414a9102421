/// A recursive object.
public nonisolated final class Node: Codable, Sendable, Hashable {
    /// Its label.
    public let label: String?

    /// Its children.
    public let children: [Node]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - label: Its label.
    ///   - children: Its children.
    public init(label: String? = nil, children: [Node]? = nil) {
        self.label = label
        self.children = children
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: MatrixCodingKey.self)
        self.label = try object.optionalValue(String.self, forKey: "label")
        self.children = try object.optionalValue([Node].self, forKey: "children")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: MatrixCodingKey.self)
        try object.encodeValue(self.label, forKey: "label")
        try object.encodeValue(self.children, forKey: "children")
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
    public static func fieldsAreEqual(_ lhs: Node, _ rhs: Node) -> Bool {
        guard MatrixFieldwise.same(lhs.label, rhs.label) else { return false }
        return MatrixFieldwise.same(lhs.children, rhs.children)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.label)
        hasher.combine(self.children)
    }
}
