/// SDN控制Vni范围
public nonisolated struct SdnVniRange: Codable, Sendable, Hashable {
    /// The `startVni` field.
    public var startVni: Int?

    /// The `endVni` field.
    public var endVni: Int?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - startVni: The `startVni` field.
    ///   - endVni: The `endVni` field.
    public init(startVni: Int? = nil, endVni: Int? = nil) {
        self.startVni = startVni
        self.endVni = endVni
    }

    private enum CodingKeys: String, CodingKey {
        case startVni = "startVni"
        case endVni = "endVni"
    }
}
