/// 快照瘦身返回结构体
public nonisolated struct ShrinkResult: Codable, Sendable, Hashable {
    /// The `oldSize` field.
    public var oldSize: Int64?

    /// The `size` field.
    public var size: Int64?

    /// The `deltaSize` field.
    public var deltaSize: Int64?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - oldSize: The `oldSize` field.
    ///   - size: The `size` field.
    ///   - deltaSize: The `deltaSize` field.
    public init(oldSize: Int64? = nil, size: Int64? = nil, deltaSize: Int64? = nil) {
        self.oldSize = oldSize
        self.size = size
        self.deltaSize = deltaSize
    }

    private enum CodingKeys: String, CodingKey {
        case oldSize = "oldSize"
        case size = "size"
        case deltaSize = "deltaSize"
    }
}
