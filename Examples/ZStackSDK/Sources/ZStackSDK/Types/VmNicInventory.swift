public import Foundation

/// 云主机网卡清单
public nonisolated struct VmNicInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 云主机UUID
    public let vmInstanceUuid: String?

    /// 三层网络UUID
    public let l3NetworkUuid: String?

    /// The `ip` field.
    public let ip: String?

    /// The `mac` field.
    public let mac: String?

    /// The `hypervisorType` field.
    public let hypervisorType: String?

    /// The `netmask` field.
    public let netmask: String?

    /// The `gateway` field.
    public let gateway: String?

    /// The `metaData` field.
    public let metaData: String?

    /// The `ipVersion` field.
    public let ipVersion: Int?

    /// The `driverType` field.
    public let driverType: String?

    /// The `usedIps` field.
    public let usedIps: [UsedIpInventory]?

    /// The `internalName` field.
    public let internalName: String?

    /// The `deviceId` field.
    public let deviceId: Int?

    /// The `type` field.
    public let type: String?

    /// 网卡状态
    public let state: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - vmInstanceUuid: 云主机UUID
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - ip: The `ip` field.
    ///   - mac: The `mac` field.
    ///   - hypervisorType: The `hypervisorType` field.
    ///   - netmask: The `netmask` field.
    ///   - gateway: The `gateway` field.
    ///   - metaData: The `metaData` field.
    ///   - ipVersion: The `ipVersion` field.
    ///   - driverType: The `driverType` field.
    ///   - usedIps: The `usedIps` field.
    ///   - internalName: The `internalName` field.
    ///   - deviceId: The `deviceId` field.
    ///   - type: The `type` field.
    ///   - state: 网卡状态
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        vmInstanceUuid: String? = nil,
        l3NetworkUuid: String? = nil,
        ip: String? = nil,
        mac: String? = nil,
        hypervisorType: String? = nil,
        netmask: String? = nil,
        gateway: String? = nil,
        metaData: String? = nil,
        ipVersion: Int? = nil,
        driverType: String? = nil,
        usedIps: [UsedIpInventory]? = nil,
        internalName: String? = nil,
        deviceId: Int? = nil,
        type: String? = nil,
        state: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.vmInstanceUuid = vmInstanceUuid
        self.l3NetworkUuid = l3NetworkUuid
        self.ip = ip
        self.mac = mac
        self.hypervisorType = hypervisorType
        self.netmask = netmask
        self.gateway = gateway
        self.metaData = metaData
        self.ipVersion = ipVersion
        self.driverType = driverType
        self.usedIps = usedIps
        self.internalName = internalName
        self.deviceId = deviceId
        self.type = type
        self.state = state
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.vmInstanceUuid = try object.optionalValue(String.self, forKey: "vmInstanceUuid")
        self.l3NetworkUuid = try object.optionalValue(String.self, forKey: "l3NetworkUuid")
        self.ip = try object.optionalValue(String.self, forKey: "ip")
        self.mac = try object.optionalValue(String.self, forKey: "mac")
        self.hypervisorType = try object.optionalValue(String.self, forKey: "hypervisorType")
        self.netmask = try object.optionalValue(String.self, forKey: "netmask")
        self.gateway = try object.optionalValue(String.self, forKey: "gateway")
        self.metaData = try object.optionalValue(String.self, forKey: "metaData")
        self.ipVersion = try object.optionalValue(Int.self, forKey: "ipVersion")
        self.driverType = try object.optionalValue(String.self, forKey: "driverType")
        self.usedIps = try object.optionalValue([UsedIpInventory].self, forKey: "usedIps")
        self.internalName = try object.optionalValue(String.self, forKey: "internalName")
        self.deviceId = try object.optionalValue(Int.self, forKey: "deviceId")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.state = try object.optionalValue(String.self, forKey: "state")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.vmInstanceUuid, forKey: "vmInstanceUuid")
        try object.encodeValue(self.l3NetworkUuid, forKey: "l3NetworkUuid")
        try object.encodeValue(self.ip, forKey: "ip")
        try object.encodeValue(self.mac, forKey: "mac")
        try object.encodeValue(self.hypervisorType, forKey: "hypervisorType")
        try object.encodeValue(self.netmask, forKey: "netmask")
        try object.encodeValue(self.gateway, forKey: "gateway")
        try object.encodeValue(self.metaData, forKey: "metaData")
        try object.encodeValue(self.ipVersion, forKey: "ipVersion")
        try object.encodeValue(self.driverType, forKey: "driverType")
        try object.encodeValue(self.usedIps, forKey: "usedIps")
        try object.encodeValue(self.internalName, forKey: "internalName")
        try object.encodeValue(self.deviceId, forKey: "deviceId")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
    }
}

nonisolated extension VmNicInventory {
    /// The fields of ``VmNicInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<VmNicInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 云主机UUID
        public static var vmInstanceUuid: ZStackQueryField<VmNicInventory, String> {
            ZStackQueryField("vmInstanceUuid")
        }

        /// 三层网络UUID
        public static var l3NetworkUuid: ZStackQueryField<VmNicInventory, String> {
            ZStackQueryField("l3NetworkUuid")
        }

        /// The `ip` field.
        public static var ip: ZStackQueryField<VmNicInventory, String> {
            ZStackQueryField("ip")
        }

        /// The `mac` field.
        public static var mac: ZStackQueryField<VmNicInventory, String> {
            ZStackQueryField("mac")
        }

        /// The `hypervisorType` field.
        public static var hypervisorType: ZStackQueryField<VmNicInventory, String> {
            ZStackQueryField("hypervisorType")
        }

        /// The `netmask` field.
        public static var netmask: ZStackQueryField<VmNicInventory, String> {
            ZStackQueryField("netmask")
        }

        /// The `gateway` field.
        public static var gateway: ZStackQueryField<VmNicInventory, String> {
            ZStackQueryField("gateway")
        }

        /// The `metaData` field.
        public static var metaData: ZStackQueryField<VmNicInventory, String> {
            ZStackQueryField("metaData")
        }

        /// The `ipVersion` field.
        public static var ipVersion: ZStackQueryField<VmNicInventory, Int> {
            ZStackQueryField("ipVersion")
        }

        /// The `driverType` field.
        public static var driverType: ZStackQueryField<VmNicInventory, String> {
            ZStackQueryField("driverType")
        }

        /// The `internalName` field.
        public static var internalName: ZStackQueryField<VmNicInventory, String> {
            ZStackQueryField("internalName")
        }

        /// The `deviceId` field.
        public static var deviceId: ZStackQueryField<VmNicInventory, Int> {
            ZStackQueryField("deviceId")
        }

        /// The `type` field.
        public static var type: ZStackQueryField<VmNicInventory, String> {
            ZStackQueryField("type")
        }

        /// 网卡状态
        public static var state: ZStackQueryField<VmNicInventory, String> {
            ZStackQueryField("state")
        }
    }
}
