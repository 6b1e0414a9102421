/// 云盘快照组可用性
public nonisolated struct VolumeSnapshotGroupAvailability: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 是否可以恢复
    public var available: Bool?

    /// 不可恢复的理由，如可恢复则为空
    public var reason: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - available: 是否可以恢复
    ///   - reason: 不可恢复的理由，如可恢复则为空
    public init(uuid: String? = nil, available: Bool? = nil, reason: String? = nil) {
        self.uuid = uuid
        self.available = available
        self.reason = reason
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case available = "available"
        case reason = "reason"
    }
}
