/// A recursive object.
public nonisolated struct Node: Codable, Sendable, Hashable {
    /// Its label.
    public var label: String?

    /// Its children.
    public var children: [Node]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - label: Its label.
    ///   - children: Its children.
    public init(label: String? = nil, children: [Node]? = nil) {
        self.label = label
        self.children = children
    }

    private enum CodingKeys: String, CodingKey {
        case label = "label"
        case children = "children"
    }
}
