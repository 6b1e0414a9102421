public import Foundation

/// `L3NetworkInventory`, as the API describes it.
public nonisolated struct L3NetworkInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// The `type` field.
    public let type: String?

    /// 区域UUID
    public let zoneUuid: String?

    /// 二层网络UUID
    public let l2NetworkUuid: String?

    /// The `state` field.
    public let state: String?

    /// The `dnsDomain` field.
    public let dnsDomain: String?

    /// The `system` field.
    public let system: Bool?

    /// The `category` field.
    public let category: String?

    /// ip协议号
    public let ipVersion: Int?

    /// 打开IP地址管理功能
    public let enableIPAM: Bool?

    /// 打开PVLAN功能
    public let isolated: Bool?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `dns` field.
    public let dns: [String]?

    /// The `ipRanges` field.
    public let ipRanges: [IpRangeInventory]?

    /// The `networkServices` field.
    public let networkServices: [NetworkServiceL3NetworkRefInventory]?

    /// The `hostRoute` field.
    public let hostRoute: [L3NetworkHostRouteInventory]?

    /// 保留地址段
    public let reservedIpRanges: [ReservedIpRangeInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - type: The `type` field.
    ///   - zoneUuid: 区域UUID
    ///   - l2NetworkUuid: 二层网络UUID
    ///   - state: The `state` field.
    ///   - dnsDomain: The `dnsDomain` field.
    ///   - system: The `system` field.
    ///   - category: The `category` field.
    ///   - ipVersion: ip协议号
    ///   - enableIPAM: 打开IP地址管理功能
    ///   - isolated: 打开PVLAN功能
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - dns: The `dns` field.
    ///   - ipRanges: The `ipRanges` field.
    ///   - networkServices: The `networkServices` field.
    ///   - hostRoute: The `hostRoute` field.
    ///   - reservedIpRanges: 保留地址段
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        type: String? = nil,
        zoneUuid: String? = nil,
        l2NetworkUuid: String? = nil,
        state: String? = nil,
        dnsDomain: String? = nil,
        system: Bool? = nil,
        category: String? = nil,
        ipVersion: Int? = nil,
        enableIPAM: Bool? = nil,
        isolated: Bool? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        dns: [String]? = nil,
        ipRanges: [IpRangeInventory]? = nil,
        networkServices: [NetworkServiceL3NetworkRefInventory]? = nil,
        hostRoute: [L3NetworkHostRouteInventory]? = nil,
        reservedIpRanges: [ReservedIpRangeInventory]? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.type = type
        self.zoneUuid = zoneUuid
        self.l2NetworkUuid = l2NetworkUuid
        self.state = state
        self.dnsDomain = dnsDomain
        self.system = system
        self.category = category
        self.ipVersion = ipVersion
        self.enableIPAM = enableIPAM
        self.isolated = isolated
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.dns = dns
        self.ipRanges = ipRanges
        self.networkServices = networkServices
        self.hostRoute = hostRoute
        self.reservedIpRanges = reservedIpRanges
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.zoneUuid = try object.optionalValue(String.self, forKey: "zoneUuid")
        self.l2NetworkUuid = try object.optionalValue(String.self, forKey: "l2NetworkUuid")
        self.state = try object.optionalValue(String.self, forKey: "state")
        self.dnsDomain = try object.optionalValue(String.self, forKey: "dnsDomain")
        self.system = try object.optionalValue(Bool.self, forKey: "system")
        self.category = try object.optionalValue(String.self, forKey: "category")
        self.ipVersion = try object.optionalValue(Int.self, forKey: "ipVersion")
        self.enableIPAM = try object.optionalValue(Bool.self, forKey: "enableIPAM")
        self.isolated = try object.optionalValue(Bool.self, forKey: "isolated")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.dns = try object.optionalValue([String].self, forKey: "dns")
        self.ipRanges = try object.optionalValue([IpRangeInventory].self, forKey: "ipRanges")
        self.networkServices = try object.optionalValue(
            [NetworkServiceL3NetworkRefInventory].self,
            forKey: "networkServices"
        )
        self.hostRoute = try object.optionalValue([L3NetworkHostRouteInventory].self, forKey: "hostRoute")
        self.reservedIpRanges = try object.optionalValue([ReservedIpRangeInventory].self, forKey: "reservedIpRanges")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.zoneUuid, forKey: "zoneUuid")
        try object.encodeValue(self.l2NetworkUuid, forKey: "l2NetworkUuid")
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.dnsDomain, forKey: "dnsDomain")
        try object.encodeValue(self.system, forKey: "system")
        try object.encodeValue(self.category, forKey: "category")
        try object.encodeValue(self.ipVersion, forKey: "ipVersion")
        try object.encodeValue(self.enableIPAM, forKey: "enableIPAM")
        try object.encodeValue(self.isolated, forKey: "isolated")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.dns, forKey: "dns")
        try object.encodeValue(self.ipRanges, forKey: "ipRanges")
        try object.encodeValue(self.networkServices, forKey: "networkServices")
        try object.encodeValue(self.hostRoute, forKey: "hostRoute")
        try object.encodeValue(self.reservedIpRanges, forKey: "reservedIpRanges")
    }
}

nonisolated extension L3NetworkInventory {
    /// The fields of ``L3NetworkInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<L3NetworkInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 资源名称
        public static var name: ZStackQueryField<L3NetworkInventory, String> {
            ZStackQueryField("name")
        }

        /// 资源的详细描述
        public static var description: ZStackQueryField<L3NetworkInventory, String> {
            ZStackQueryField("description")
        }

        /// The `type` field.
        public static var type: ZStackQueryField<L3NetworkInventory, String> {
            ZStackQueryField("type")
        }

        /// 区域UUID
        public static var zoneUuid: ZStackQueryField<L3NetworkInventory, String> {
            ZStackQueryField("zoneUuid")
        }

        /// 二层网络UUID
        public static var l2NetworkUuid: ZStackQueryField<L3NetworkInventory, String> {
            ZStackQueryField("l2NetworkUuid")
        }

        /// The `state` field.
        public static var state: ZStackQueryField<L3NetworkInventory, String> {
            ZStackQueryField("state")
        }

        /// The `dnsDomain` field.
        public static var dnsDomain: ZStackQueryField<L3NetworkInventory, String> {
            ZStackQueryField("dnsDomain")
        }

        /// The `system` field.
        public static var system: ZStackQueryField<L3NetworkInventory, Bool> {
            ZStackQueryField("system")
        }

        /// The `category` field.
        public static var category: ZStackQueryField<L3NetworkInventory, String> {
            ZStackQueryField("category")
        }

        /// ip协议号
        public static var ipVersion: ZStackQueryField<L3NetworkInventory, Int> {
            ZStackQueryField("ipVersion")
        }

        /// 打开IP地址管理功能
        public static var enableIPAM: ZStackQueryField<L3NetworkInventory, Bool> {
            ZStackQueryField("enableIPAM")
        }

        /// 打开PVLAN功能
        public static var isolated: ZStackQueryField<L3NetworkInventory, Bool> {
            ZStackQueryField("isolated")
        }
    }
}
