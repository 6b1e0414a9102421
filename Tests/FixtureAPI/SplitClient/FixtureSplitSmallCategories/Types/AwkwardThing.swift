public import FixtureSplitCore
public import Foundation

/// The thing
public nonisolated final class AwkwardThing: Codable, Sendable, Hashable {
    /// A field named description, with | pipes and `ticks` and <b>tags</b>
    public let description: String?

    /// Its kind
    public let kind: AwkwardKind?

    /// The parent thing (recursive)
    public let parent: AwkwardThing?

    /// Child things
    public let children: [AwkwardThing]?

    /// Opaque attributes
    public let attributes: FixtureJSONValue?

    /// When it was seen
    public let seenAt: [Date]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - description: A field named description, with | pipes and `ticks` and <b>tags</b>
    ///   - kind: Its kind
    ///   - parent: The parent thing (recursive)
    ///   - children: Child things
    ///   - attributes: Opaque attributes
    ///   - seenAt: When it was seen
    public init(
        description: String? = nil,
        kind: AwkwardKind? = nil,
        parent: AwkwardThing? = nil,
        children: [AwkwardThing]? = nil,
        attributes: FixtureJSONValue? = nil,
        seenAt: [Date]? = nil
    ) {
        self.description = description
        self.kind = kind
        self.parent = parent
        self.children = children
        self.attributes = attributes
        self.seenAt = seenAt
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: FixtureCodingKey.self)
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.kind = try object.optionalValue(AwkwardKind.self, forKey: "kind")
        self.parent = try object.optionalValue(AwkwardThing.self, forKey: "parent")
        self.children = try object.optionalValue([AwkwardThing].self, forKey: "children")
        self.attributes = try object.optionalValue(FixtureJSONValue.self, forKey: "attributes")
        self.seenAt = try object.optionalValue([Date].self, forKey: "seenAt")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: FixtureCodingKey.self)
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.kind, forKey: "kind")
        try object.encodeValue(self.parent, forKey: "parent")
        try object.encodeValue(self.children, forKey: "children")
        try object.encodeValue(self.attributes, forKey: "attributes")
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
    public static func fieldsAreEqual(_ lhs: AwkwardThing, _ rhs: AwkwardThing) -> Bool {
        guard FixtureFieldwise.same(lhs.description, rhs.description) else { return false }
        guard FixtureFieldwise.same(lhs.kind, rhs.kind) else { return false }
        guard FixtureFieldwise.same(lhs.parent, rhs.parent) else { return false }
        guard FixtureFieldwise.same(lhs.children, rhs.children) else { return false }
        guard FixtureFieldwise.same(lhs.attributes, rhs.attributes) else { return false }
        return FixtureFieldwise.same(lhs.seenAt, rhs.seenAt)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.description)
        hasher.combine(self.kind)
        hasher.combine(self.parent)
        hasher.combine(self.children)
        hasher.combine(self.attributes)
        hasher.combine(self.seenAt)
    }
}
