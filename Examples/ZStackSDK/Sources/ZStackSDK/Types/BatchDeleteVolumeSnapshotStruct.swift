/// 删除快照结果
public nonisolated struct BatchDeleteVolumeSnapshotStruct: Codable, Sendable, Hashable {
    /// 快照UUID
    public var snapshotUuid: String?

    /// 是否成功
    public var success: Bool?

    /// The `error` field.
    public var error: ErrorCode?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - snapshotUuid: 快照UUID
    ///   - success: 是否成功
    ///   - error: The `error` field.
    public init(snapshotUuid: String? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
        self.snapshotUuid = snapshotUuid
        self.success = success
        self.error = error
    }

    private enum CodingKeys: String, CodingKey {
        case snapshotUuid = "snapshotUuid"
        case success = "success"
        case error = "error"
    }
}
