/// 删除快照组的结果
public nonisolated struct DeleteSnapshotGroupResult: Codable, Sendable, Hashable {
    /// 快照UUID
    public var snapshotUuid: String?

    /// 云盘UUID
    public var volumeUuid: String?

    /// The `success` field.
    public var success: Bool?

    /// 标识快照的删除结果，成功则为NULL
    public var error: ErrorCode?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - snapshotUuid: 快照UUID
    ///   - volumeUuid: 云盘UUID
    ///   - success: The `success` field.
    ///   - error: 标识快照的删除结果，成功则为NULL
    public init(snapshotUuid: String? = nil, volumeUuid: String? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
        self.snapshotUuid = snapshotUuid
        self.volumeUuid = volumeUuid
        self.success = success
        self.error = error
    }

    private enum CodingKeys: String, CodingKey {
        case snapshotUuid = "snapshotUuid"
        case volumeUuid = "volumeUuid"
        case success = "success"
        case error = "error"
    }
}
