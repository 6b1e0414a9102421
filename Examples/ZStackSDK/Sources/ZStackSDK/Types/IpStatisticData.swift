public import Foundation

/// IP使用情况结构
public nonisolated final class IpStatisticData: Codable, Sendable, Hashable {
    /// IP地址
    public let ip: String?

    /// 虚拟IP的UUID
    public let vipUuid: String?

    /// 虚拟IP名字
    public let vipName: String?

    /// 虚拟机实例UUID
    public let vmInstanceUuid: String?

    /// 虚拟机实例名字
    public let vmInstanceName: String?

    /// 虚拟机实例类型
    public let vmInstanceType: String?

    /// 应用虚拟机实例的网络服务Uuid
    public let applianceVmOwnerUuid: String?

    /// 虚拟机实例默认IP
    public let vmDefaultIp: String?

    /// 绑定到IP地址的资源类型列表
    public let resourceTypes: [String]?

    /// 资源状态
    public let state: String?

    /// 虚拟IP绑定的网络服务
    public let useFor: String?

    /// 创建时间
    public let createDate: Date?

    /// 资源所有者名字
    public let ownerName: String?

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

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.ip = try object.optionalValue(String.self, forKey: "ip")
        self.vipUuid = try object.optionalValue(String.self, forKey: "vipUuid")
        self.vipName = try object.optionalValue(String.self, forKey: "vipName")
        self.vmInstanceUuid = try object.optionalValue(String.self, forKey: "vmInstanceUuid")
        self.vmInstanceName = try object.optionalValue(String.self, forKey: "vmInstanceName")
        self.vmInstanceType = try object.optionalValue(String.self, forKey: "vmInstanceType")
        self.applianceVmOwnerUuid = try object.optionalValue(String.self, forKey: "applianceVmOwnerUuid")
        self.vmDefaultIp = try object.optionalValue(String.self, forKey: "vmDefaultIp")
        self.resourceTypes = try object.optionalValue([String].self, forKey: "resourceTypes")
        self.state = try object.optionalValue(String.self, forKey: "state")
        self.useFor = try object.optionalValue(String.self, forKey: "useFor")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.ownerName = try object.optionalValue(String.self, forKey: "ownerName")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.ip, forKey: "ip")
        try object.encodeValue(self.vipUuid, forKey: "vipUuid")
        try object.encodeValue(self.vipName, forKey: "vipName")
        try object.encodeValue(self.vmInstanceUuid, forKey: "vmInstanceUuid")
        try object.encodeValue(self.vmInstanceName, forKey: "vmInstanceName")
        try object.encodeValue(self.vmInstanceType, forKey: "vmInstanceType")
        try object.encodeValue(self.applianceVmOwnerUuid, forKey: "applianceVmOwnerUuid")
        try object.encodeValue(self.vmDefaultIp, forKey: "vmDefaultIp")
        try object.encodeValue(self.resourceTypes, forKey: "resourceTypes")
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.useFor, forKey: "useFor")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.ownerName, forKey: "ownerName")
    }

    /// Whether two values are equal (`==`): all their fields are.
    ///
    /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
    /// module and in its importers is checked against.
    ///
    /// - Parameters:
    ///   - lhs: A value.
    ///   - rhs: Another value.
    /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
    @_implements(Equatable,==(_:_:))
    public static func fieldsAreEqual(_ lhs: IpStatisticData, _ rhs: IpStatisticData) -> Bool {
        guard ZStackFieldwise.same(lhs.ip, rhs.ip) else { return false }
        guard ZStackFieldwise.same(lhs.vipUuid, rhs.vipUuid) else { return false }
        guard ZStackFieldwise.same(lhs.vipName, rhs.vipName) else { return false }
        guard ZStackFieldwise.same(lhs.vmInstanceUuid, rhs.vmInstanceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.vmInstanceName, rhs.vmInstanceName) else { return false }
        guard ZStackFieldwise.same(lhs.vmInstanceType, rhs.vmInstanceType) else { return false }
        guard ZStackFieldwise.same(lhs.applianceVmOwnerUuid, rhs.applianceVmOwnerUuid) else { return false }
        guard ZStackFieldwise.same(lhs.vmDefaultIp, rhs.vmDefaultIp) else { return false }
        guard ZStackFieldwise.same(lhs.resourceTypes, rhs.resourceTypes) else { return false }
        guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
        guard ZStackFieldwise.same(lhs.useFor, rhs.useFor) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.ownerName, rhs.ownerName)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.ip)
        hasher.combine(self.vipUuid)
        hasher.combine(self.vipName)
        hasher.combine(self.vmInstanceUuid)
        hasher.combine(self.vmInstanceName)
        hasher.combine(self.vmInstanceType)
        hasher.combine(self.applianceVmOwnerUuid)
        hasher.combine(self.vmDefaultIp)
        hasher.combine(self.resourceTypes)
        hasher.combine(self.state)
        hasher.combine(self.useFor)
        hasher.combine(self.createDate)
        hasher.combine(self.ownerName)
    }
}
