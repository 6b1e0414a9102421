/// The value inside the wrapper.
public nonisolated struct InlineThing: Codable, Sendable, Hashable {
    /// The `size` field.
    public var size: Int64?

    /// The `tags` field.
    public var tags: [String]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - size: The `size` field.
    ///   - tags: The `tags` field.
    public init(size: Int64? = nil, tags: [String]? = nil) {
        self.size = size
        self.tags = tags
    }

    private enum CodingKeys: String, CodingKey {
        case size = "size"
        case tags = "tags"
    }
}
