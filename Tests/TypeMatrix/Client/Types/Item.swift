public import Foundation

/// A named object.
public nonisolated struct Item: Codable, Sendable, Hashable {
    /// Its name.
    public var name: String?

    /// How many.
    public var count: Int?

    /// Its colour.
    public var color: Color?

    /// When it was seen.
    public var seenAt: Date?

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

    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case count = "count"
        case color = "color"
        case seenAt = "seenAt"
    }
}
