public import Foundation

/// 远端VXLAN隧道端点清单
public nonisolated struct RemoteVtepInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 隧道端点IP地址
    public var vtepIp: String?

    /// 端口
    public var port: Int?

    /// 类型
    public var type: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// VXLAN资源池UUID
    public var poolUuid: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - vtepIp: 隧道端点IP地址
    ///   - port: 端口
    ///   - type: 类型
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - poolUuid: VXLAN资源池UUID
    public init(
        uuid: String? = nil,
        vtepIp: String? = nil,
        port: Int? = nil,
        type: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        poolUuid: String? = nil
    ) {
        self.uuid = uuid
        self.vtepIp = vtepIp
        self.port = port
        self.type = type
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.poolUuid = poolUuid
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case vtepIp = "vtepIp"
        case port = "port"
        case type = "type"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case poolUuid = "poolUuid"
    }
}
