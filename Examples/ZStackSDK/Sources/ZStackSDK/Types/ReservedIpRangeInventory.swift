public import Foundation

/// 保留地址段清单
public nonisolated struct ReservedIpRangeInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 三层网络UUID
    public var l3NetworkUuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// 起始IP(包含在保留地址段内)
    public var startIp: String?

    /// 结束IP(包含在保留地址段内)
    public var endIp: String?

    /// ip协议号
    public var ipVersion: Int?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - startIp: 起始IP(包含在保留地址段内)
    ///   - endIp: 结束IP(包含在保留地址段内)
    ///   - ipVersion: ip协议号
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        l3NetworkUuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        startIp: String? = nil,
        endIp: String? = nil,
        ipVersion: Int? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.l3NetworkUuid = l3NetworkUuid
        self.name = name
        self.description = description
        self.startIp = startIp
        self.endIp = endIp
        self.ipVersion = ipVersion
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case l3NetworkUuid = "l3NetworkUuid"
        case name = "name"
        case description = "description"
        case startIp = "startIp"
        case endIp = "endIp"
        case ipVersion = "ipVersion"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
