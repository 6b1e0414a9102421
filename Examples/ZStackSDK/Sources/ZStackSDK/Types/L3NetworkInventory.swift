public import Foundation

/// `L3NetworkInventory`, as the API describes it.
public nonisolated final class L3NetworkInventory: Codable, Sendable, Hashable {
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
    public static func fieldsAreEqual(_ lhs: L3NetworkInventory, _ rhs: L3NetworkInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
        guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
        guard ZStackFieldwise.same(lhs.l2NetworkUuid, rhs.l2NetworkUuid) else { return false }
        guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
        guard ZStackFieldwise.same(lhs.dnsDomain, rhs.dnsDomain) else { return false }
        guard ZStackFieldwise.same(lhs.system, rhs.system) else { return false }
        guard ZStackFieldwise.same(lhs.category, rhs.category) else { return false }
        guard ZStackFieldwise.same(lhs.ipVersion, rhs.ipVersion) else { return false }
        guard ZStackFieldwise.same(lhs.enableIPAM, rhs.enableIPAM) else { return false }
        guard ZStackFieldwise.same(lhs.isolated, rhs.isolated) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        guard ZStackFieldwise.same(lhs.dns, rhs.dns) else { return false }
        guard ZStackFieldwise.same(lhs.ipRanges, rhs.ipRanges) else { return false }
        guard ZStackFieldwise.same(lhs.networkServices, rhs.networkServices) else { return false }
        guard ZStackFieldwise.same(lhs.hostRoute, rhs.hostRoute) else { return false }
        return ZStackFieldwise.same(lhs.reservedIpRanges, rhs.reservedIpRanges)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.type)
        hasher.combine(self.zoneUuid)
        hasher.combine(self.l2NetworkUuid)
        hasher.combine(self.state)
        hasher.combine(self.dnsDomain)
        hasher.combine(self.system)
        hasher.combine(self.category)
        hasher.combine(self.ipVersion)
        hasher.combine(self.enableIPAM)
        hasher.combine(self.isolated)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.dns)
        hasher.combine(self.ipRanges)
        hasher.combine(self.networkServices)
        hasher.combine(self.hostRoute)
        hasher.combine(self.reservedIpRanges)
    }
}

nonisolated extension L3NetworkInventory {
    /// The fields of ``L3NetworkInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``L3NetworkInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``L3NetworkInventory`` for its own conditions.
        public init() where Root == L3NetworkInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``L3NetworkInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// 资源的详细描述
        public var description: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "description")
        }

        /// The `type` field.
        public var type: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "type")
        }

        /// 区域UUID
        public var zoneUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "zoneUuid")
        }

        /// 二层网络UUID
        public var l2NetworkUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "l2NetworkUuid")
        }

        /// The `state` field.
        public var state: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "state")
        }

        /// The `dnsDomain` field.
        public var dnsDomain: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "dnsDomain")
        }

        /// The `system` field.
        public var system: ZStackQueryField<Root, Bool> {
            ZStackQueryField(pathFromRoot, "system")
        }

        /// The `category` field.
        public var category: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "category")
        }

        /// ip协议号
        public var ipVersion: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "ipVersion")
        }

        /// 打开IP地址管理功能
        public var enableIPAM: ZStackQueryField<Root, Bool> {
            ZStackQueryField(pathFromRoot, "enableIPAM")
        }

        /// 打开PVLAN功能
        public var isolated: ZStackQueryField<Root, Bool> {
            ZStackQueryField(pathFromRoot, "isolated")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }

        /// The `ipRanges` field. Its fields are compared as `ipRanges.<field>`: an item matches when one of its
        /// `ipRanges` does.
        public var ipRanges: IpRangeInventory.QueryFields<Root> {
            IpRangeInventory.QueryFields(path: pathFromRoot.appending("ipRanges"))
        }

        /// The `networkServices` field. Its fields are compared as `networkServices.<field>`: an item matches when one
        /// of its `networkServices` does.
        public var networkServices: NetworkServiceL3NetworkRefInventory.QueryFields<Root> {
            NetworkServiceL3NetworkRefInventory.QueryFields(path: pathFromRoot.appending("networkServices"))
        }

        /// The `hostRoute` field. Its fields are compared as `hostRoute.<field>`: an item matches when one of its
        /// `hostRoute` does.
        public var hostRoute: L3NetworkHostRouteInventory.QueryFields<Root> {
            L3NetworkHostRouteInventory.QueryFields(path: pathFromRoot.appending("hostRoute"))
        }

        /// 保留地址段. Its fields are compared as `reservedIpRanges.<field>`: an item matches when one of its
        /// `reservedIpRanges` does.
        public var reservedIpRanges: ReservedIpRangeInventory.QueryFields<Root> {
            ReservedIpRangeInventory.QueryFields(path: pathFromRoot.appending("reservedIpRanges"))
        }
    }
}
