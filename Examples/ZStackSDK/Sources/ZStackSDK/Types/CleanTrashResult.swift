/// 清理回收站数据返回信息
public nonisolated struct CleanTrashResult: Codable, Sendable, Hashable {
    /// 清理掉数据对应的UUID集合
    public var resourceUuids: [String]?

    /// 清理掉数据详情
    public var details: [String]?

    /// 清理数据总大小
    public var size: Int64?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - resourceUuids: 清理掉数据对应的UUID集合
    ///   - details: 清理掉数据详情
    ///   - size: 清理数据总大小
    public init(resourceUuids: [String]? = nil, details: [String]? = nil, size: Int64? = nil) {
        self.resourceUuids = resourceUuids
        self.details = details
        self.size = size
    }

    private enum CodingKeys: String, CodingKey {
        case resourceUuids = "resourceUuids"
        case details = "details"
        case size = "size"
    }
}
