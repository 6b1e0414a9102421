/// 错误码目录
public nonisolated struct ElaborationCategory: Codable, Sendable, Hashable {
    /// 目录名称
    public var category: String?

    /// 目录下的错误码数目
    public var num: Int?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - category: 目录名称
    ///   - num: 目录下的错误码数目
    public init(category: String? = nil, num: Int? = nil) {
        self.category = category
        self.num = num
    }

    private enum CodingKeys: String, CodingKey {
        case category = "category"
        case num = "num"
    }
}
