/// 清理回收站数据返回信息
public nonisolated struct TrashCleanupResult: Codable, Sendable, Hashable {
    /// 清理数据对应的UUID
    public var resourceUuid: String?

    /// The `success` field.
    public var success: Bool?

    /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
    public var error: ErrorCode?

    /// 清理数据对应的ID
    public var trashId: Int64?

    /// 清理数据对应的大小
    public var size: Int64?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - resourceUuid: 清理数据对应的UUID
    ///   - success: The `success` field.
    ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
    ///   - trashId: 清理数据对应的ID
    ///   - size: 清理数据对应的大小
    public init(
        resourceUuid: String? = nil,
        success: Bool? = nil,
        error: ErrorCode? = nil,
        trashId: Int64? = nil,
        size: Int64? = nil
    ) {
        self.resourceUuid = resourceUuid
        self.success = success
        self.error = error
        self.trashId = trashId
        self.size = size
    }

    private enum CodingKeys: String, CodingKey {
        case resourceUuid = "resourceUuid"
        case success = "success"
        case error = "error"
        case trashId = "trashId"
        case size = "size"
    }
}
