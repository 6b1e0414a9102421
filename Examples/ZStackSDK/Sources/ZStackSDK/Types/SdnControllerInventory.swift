public import Foundation

/// SDN控制器清单
public nonisolated struct SdnControllerInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// The `vendorType` field.
    public var vendorType: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// The `ip` field.
    public var ip: String?

    /// The `username` field.
    public var username: String?

    /// The `password` field.
    public var password: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// The `vniRanges` field.
    public var vniRanges: [SdnVniRange]?

    /// The `vxlanPools` field.
    public var vxlanPools: [HardwareL2VxlanNetworkPoolInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - vendorType: The `vendorType` field.
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - ip: The `ip` field.
    ///   - username: The `username` field.
    ///   - password: The `password` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - vniRanges: The `vniRanges` field.
    ///   - vxlanPools: The `vxlanPools` field.
    public init(
        uuid: String? = nil,
        vendorType: String? = nil,
        name: String? = nil,
        description: String? = nil,
        ip: String? = nil,
        username: String? = nil,
        password: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        vniRanges: [SdnVniRange]? = nil,
        vxlanPools: [HardwareL2VxlanNetworkPoolInventory]? = nil
    ) {
        self.uuid = uuid
        self.vendorType = vendorType
        self.name = name
        self.description = description
        self.ip = ip
        self.username = username
        self.password = password
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.vniRanges = vniRanges
        self.vxlanPools = vxlanPools
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case vendorType = "vendorType"
        case name = "name"
        case description = "description"
        case ip = "ip"
        case username = "username"
        case password = "password"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case vniRanges = "vniRanges"
        case vxlanPools = "vxlanPools"
    }
}
