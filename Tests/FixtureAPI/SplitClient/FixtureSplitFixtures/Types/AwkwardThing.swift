public import FixtureSplitCore
public import Foundation

/// The thing
public nonisolated struct AwkwardThing: Codable, Sendable, Hashable {
    /// A field named description, with | pipes and `ticks` and <b>tags</b>
    public var description: String?

    /// Its kind
    public var kind: AwkwardKind?

    /// The parent thing (recursive)
    public var parent: AwkwardThing? {
        get { parentStorage?.wrapped }
        set { parentStorage = newValue.map(FixtureIndirect.init) }
    }

    private var parentStorage: FixtureIndirect<AwkwardThing>?

    /// Child things
    public var children: [AwkwardThing]?

    /// Opaque attributes
    public var attributes: FixtureJSONValue?

    /// When it was seen
    public var seenAt: [Date]?

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
        self.parentStorage = parent.map(FixtureIndirect.init)
        self.children = children
        self.attributes = attributes
        self.seenAt = seenAt
    }

    private enum CodingKeys: String, CodingKey {
        case description = "description"
        case kind = "kind"
        case parentStorage = "parent"
        case children = "children"
        case attributes = "attributes"
        case seenAt = "seenAt"
    }
}
