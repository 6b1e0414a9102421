/// A folder, which holds folders.
public nonisolated final class Folder: Codable, Sendable, Hashable {
    /// Its name
    public let name: String?

    /// The folder that holds it
    public let parent: Folder?

    /// The folders it holds
    public let children: [Folder]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: Its name
    ///   - parent: The folder that holds it
    ///   - children: The folders it holds
    public init(name: String? = nil, parent: Folder? = nil, children: [Folder]? = nil) {
        self.name = name
        self.parent = parent
        self.children = children
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.parent = try object.optionalValue(Folder.self, forKey: "parent")
        self.children = try object.optionalValue([Folder].self, forKey: "children")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.parent, forKey: "parent")
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
    public static func fieldsAreEqual(_ lhs: Folder, _ rhs: Folder) -> Bool {
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.parent, rhs.parent) else { return false }
        return ZStackFieldwise.same(lhs.children, rhs.children)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.name)
        hasher.combine(self.parent)
        hasher.combine(self.children)
    }
}
