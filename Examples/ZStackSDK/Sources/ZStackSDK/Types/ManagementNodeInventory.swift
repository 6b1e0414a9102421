public import Foundation

/// 管理节点清单
public nonisolated struct ManagementNodeInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 宿主机名称
    public var hostName: String?

    /// 加入时间
    public var joinDate: Date?

    /// 心跳时间
    public var heartBeat: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - hostName: 宿主机名称
    ///   - joinDate: 加入时间
    ///   - heartBeat: 心跳时间
    public init(uuid: String? = nil, hostName: String? = nil, joinDate: Date? = nil, heartBeat: Date? = nil) {
        self.uuid = uuid
        self.hostName = hostName
        self.joinDate = joinDate
        self.heartBeat = heartBeat
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case hostName = "hostName"
        case joinDate = "joinDate"
        case heartBeat = "heartBeat"
    }
}
