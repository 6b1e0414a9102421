public import Foundation

/// IP使用情况结构
public nonisolated struct IpStatisticData: Codable, Sendable, Hashable {
    /// IP地址
    public var ip: String?

    /// 虚拟IP的UUID
    public var vipUuid: String?

    /// 虚拟IP名字
    public var vipName: String?

    /// 虚拟机实例UUID
    public var vmInstanceUuid: String?

    /// 虚拟机实例名字
    public var vmInstanceName: String?

    /// 虚拟机实例类型
    public var vmInstanceType: String?

    /// 应用虚拟机实例的网络服务Uuid
    public var applianceVmOwnerUuid: String?

    /// 虚拟机实例默认IP
    public var vmDefaultIp: String?

    /// 绑定到IP地址的资源类型列表
    public var resourceTypes: [String]?

    /// 资源状态
    public var state: String?

    /// 虚拟IP绑定的网络服务
    public var useFor: String?

    /// 创建时间
    public var createDate: Date?

    /// 资源所有者名字
    public var ownerName: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - ip: IP地址
    ///   - vipUuid: 虚拟IP的UUID
    ///   - vipName: 虚拟IP名字
    ///   - vmInstanceUuid: 虚拟机实例UUID
    ///   - vmInstanceName: 虚拟机实例名字
    ///   - vmInstanceType: 虚拟机实例类型
    ///   - applianceVmOwnerUuid: 应用虚拟机实例的网络服务Uuid
    ///   - vmDefaultIp: 虚拟机实例默认IP
    ///   - resourceTypes: 绑定到IP地址的资源类型列表
    ///   - state: 资源状态
    ///   - useFor: 虚拟IP绑定的网络服务
    ///   - createDate: 创建时间
    ///   - ownerName: 资源所有者名字
    public init(
        ip: String? = nil,
        vipUuid: String? = nil,
        vipName: String? = nil,
        vmInstanceUuid: String? = nil,
        vmInstanceName: String? = nil,
        vmInstanceType: String? = nil,
        applianceVmOwnerUuid: String? = nil,
        vmDefaultIp: String? = nil,
        resourceTypes: [String]? = nil,
        state: String? = nil,
        useFor: String? = nil,
        createDate: Date? = nil,
        ownerName: String? = nil
    ) {
        self.ip = ip
        self.vipUuid = vipUuid
        self.vipName = vipName
        self.vmInstanceUuid = vmInstanceUuid
        self.vmInstanceName = vmInstanceName
        self.vmInstanceType = vmInstanceType
        self.applianceVmOwnerUuid = applianceVmOwnerUuid
        self.vmDefaultIp = vmDefaultIp
        self.resourceTypes = resourceTypes
        self.state = state
        self.useFor = useFor
        self.createDate = createDate
        self.ownerName = ownerName
    }

    private enum CodingKeys: String, CodingKey {
        case ip = "ip"
        case vipUuid = "vipUuid"
        case vipName = "vipName"
        case vmInstanceUuid = "vmInstanceUuid"
        case vmInstanceName = "vmInstanceName"
        case vmInstanceType = "vmInstanceType"
        case applianceVmOwnerUuid = "applianceVmOwnerUuid"
        case vmDefaultIp = "vmDefaultIp"
        case resourceTypes = "resourceTypes"
        case state = "state"
        case useFor = "useFor"
        case createDate = "createDate"
        case ownerName = "ownerName"
    }
}
