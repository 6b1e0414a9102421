public import Foundation

/// 已使用IP的结构清单
public nonisolated struct UsedIpInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// IP段UUID
    public let ipRangeUuid: String?

    /// 三层网络UUID
    public let l3NetworkUuid: String?

    /// The `ipVersion` field.
    public let ipVersion: Int?

    /// The `ip` field.
    public let ip: String?

    /// The `netmask` field.
    public let netmask: String?

    /// The `gateway` field.
    public let gateway: String?

    /// 分配原因
    public let usedFor: String?

    /// The `ipInLong` field.
    public let ipInLong: Int64?

    /// The `ipInBinary` field.
    public let ipInBinary: [Int]?

    /// 云主机网卡UUID
    public let vmNicUuid: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - ipRangeUuid: IP段UUID
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - ipVersion: The `ipVersion` field.
    ///   - ip: The `ip` field.
    ///   - netmask: The `netmask` field.
    ///   - gateway: The `gateway` field.
    ///   - usedFor: 分配原因
    ///   - ipInLong: The `ipInLong` field.
    ///   - ipInBinary: The `ipInBinary` field.
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        ipRangeUuid: String? = nil,
        l3NetworkUuid: String? = nil,
        ipVersion: Int? = nil,
        ip: String? = nil,
        netmask: String? = nil,
        gateway: String? = nil,
        usedFor: String? = nil,
        ipInLong: Int64? = nil,
        ipInBinary: [Int]? = nil,
        vmNicUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.ipRangeUuid = ipRangeUuid
        self.l3NetworkUuid = l3NetworkUuid
        self.ipVersion = ipVersion
        self.ip = ip
        self.netmask = netmask
        self.gateway = gateway
        self.usedFor = usedFor
        self.ipInLong = ipInLong
        self.ipInBinary = ipInBinary
        self.vmNicUuid = vmNicUuid
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
        self.ipRangeUuid = try object.optionalValue(String.self, forKey: "ipRangeUuid")
        self.l3NetworkUuid = try object.optionalValue(String.self, forKey: "l3NetworkUuid")
        self.ipVersion = try object.optionalValue(Int.self, forKey: "ipVersion")
        self.ip = try object.optionalValue(String.self, forKey: "ip")
        self.netmask = try object.optionalValue(String.self, forKey: "netmask")
        self.gateway = try object.optionalValue(String.self, forKey: "gateway")
        self.usedFor = try object.optionalValue(String.self, forKey: "usedFor")
        self.ipInLong = try object.optionalValue(Int64.self, forKey: "ipInLong")
        self.ipInBinary = try object.optionalValue([Int].self, forKey: "ipInBinary")
        self.vmNicUuid = try object.optionalValue(String.self, forKey: "vmNicUuid")
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
        try object.encodeValue(self.ipRangeUuid, forKey: "ipRangeUuid")
        try object.encodeValue(self.l3NetworkUuid, forKey: "l3NetworkUuid")
        try object.encodeValue(self.ipVersion, forKey: "ipVersion")
        try object.encodeValue(self.ip, forKey: "ip")
        try object.encodeValue(self.netmask, forKey: "netmask")
        try object.encodeValue(self.gateway, forKey: "gateway")
        try object.encodeValue(self.usedFor, forKey: "usedFor")
        try object.encodeValue(self.ipInLong, forKey: "ipInLong")
        try object.encodeValue(self.ipInBinary, forKey: "ipInBinary")
        try object.encodeValue(self.vmNicUuid, forKey: "vmNicUuid")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
    }
}

nonisolated extension UsedIpInventory {
    /// The fields of ``UsedIpInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<UsedIpInventory, String> {
            ZStackQueryField("uuid")
        }

        /// IP段UUID
        public static var ipRangeUuid: ZStackQueryField<UsedIpInventory, String> {
            ZStackQueryField("ipRangeUuid")
        }

        /// 三层网络UUID
        public static var l3NetworkUuid: ZStackQueryField<UsedIpInventory, String> {
            ZStackQueryField("l3NetworkUuid")
        }

        /// The `ipVersion` field.
        public static var ipVersion: ZStackQueryField<UsedIpInventory, Int> {
            ZStackQueryField("ipVersion")
        }

        /// The `ip` field.
        public static var ip: ZStackQueryField<UsedIpInventory, String> {
            ZStackQueryField("ip")
        }

        /// The `netmask` field.
        public static var netmask: ZStackQueryField<UsedIpInventory, String> {
            ZStackQueryField("netmask")
        }

        /// The `gateway` field.
        public static var gateway: ZStackQueryField<UsedIpInventory, String> {
            ZStackQueryField("gateway")
        }

        /// 分配原因
        public static var usedFor: ZStackQueryField<UsedIpInventory, String> {
            ZStackQueryField("usedFor")
        }

        /// The `ipInLong` field.
        public static var ipInLong: ZStackQueryField<UsedIpInventory, Int64> {
            ZStackQueryField("ipInLong")
        }

        /// 云主机网卡UUID
        public static var vmNicUuid: ZStackQueryField<UsedIpInventory, String> {
            ZStackQueryField("vmNicUuid")
        }
    }
}
