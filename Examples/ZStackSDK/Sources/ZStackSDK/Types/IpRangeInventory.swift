public import Foundation

/// `IpRangeInventory`, as the API describes it.
public nonisolated final class IpRangeInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 三层网络UUID
    public let l3NetworkUuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// 起始地址
    public let startIp: String?

    /// 结束地址
    public let endIp: String?

    /// 掩码
    public let netmask: String?

    /// 掩码长度
    public let prefixLen: String?

    /// 网关
    public let gateway: String?

    /// 网络CIDR
    public let networkCidr: String?

    /// ip协议号
    public let ipVersion: Int?

    /// IPv6地址分配模式
    public let addressMode: String?

    /// 地址段类型
    public let ipRangeType: IpRangeType?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - startIp: 起始地址
    ///   - endIp: 结束地址
    ///   - netmask: 掩码
    ///   - prefixLen: 掩码长度
    ///   - gateway: 网关
    ///   - networkCidr: 网络CIDR
    ///   - ipVersion: ip协议号
    ///   - addressMode: IPv6地址分配模式
    ///   - ipRangeType: 地址段类型
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        l3NetworkUuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        startIp: String? = nil,
        endIp: String? = nil,
        netmask: String? = nil,
        prefixLen: String? = nil,
        gateway: String? = nil,
        networkCidr: String? = nil,
        ipVersion: Int? = nil,
        addressMode: String? = nil,
        ipRangeType: IpRangeType? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.l3NetworkUuid = l3NetworkUuid
        self.name = name
        self.description = description
        self.startIp = startIp
        self.endIp = endIp
        self.netmask = netmask
        self.prefixLen = prefixLen
        self.gateway = gateway
        self.networkCidr = networkCidr
        self.ipVersion = ipVersion
        self.addressMode = addressMode
        self.ipRangeType = ipRangeType
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
        self.l3NetworkUuid = try object.optionalValue(String.self, forKey: "l3NetworkUuid")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.startIp = try object.optionalValue(String.self, forKey: "startIp")
        self.endIp = try object.optionalValue(String.self, forKey: "endIp")
        self.netmask = try object.optionalValue(String.self, forKey: "netmask")
        self.prefixLen = try object.optionalValue(String.self, forKey: "prefixLen")
        self.gateway = try object.optionalValue(String.self, forKey: "gateway")
        self.networkCidr = try object.optionalValue(String.self, forKey: "networkCidr")
        self.ipVersion = try object.optionalValue(Int.self, forKey: "ipVersion")
        self.addressMode = try object.optionalValue(String.self, forKey: "addressMode")
        self.ipRangeType = try object.optionalValue(IpRangeType.self, forKey: "ipRangeType")
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
        try object.encodeValue(self.l3NetworkUuid, forKey: "l3NetworkUuid")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.startIp, forKey: "startIp")
        try object.encodeValue(self.endIp, forKey: "endIp")
        try object.encodeValue(self.netmask, forKey: "netmask")
        try object.encodeValue(self.prefixLen, forKey: "prefixLen")
        try object.encodeValue(self.gateway, forKey: "gateway")
        try object.encodeValue(self.networkCidr, forKey: "networkCidr")
        try object.encodeValue(self.ipVersion, forKey: "ipVersion")
        try object.encodeValue(self.addressMode, forKey: "addressMode")
        try object.encodeValue(self.ipRangeType, forKey: "ipRangeType")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
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
    public static func fieldsAreEqual(_ lhs: IpRangeInventory, _ rhs: IpRangeInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.l3NetworkUuid, rhs.l3NetworkUuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.startIp, rhs.startIp) else { return false }
        guard ZStackFieldwise.same(lhs.endIp, rhs.endIp) else { return false }
        guard ZStackFieldwise.same(lhs.netmask, rhs.netmask) else { return false }
        guard ZStackFieldwise.same(lhs.prefixLen, rhs.prefixLen) else { return false }
        guard ZStackFieldwise.same(lhs.gateway, rhs.gateway) else { return false }
        guard ZStackFieldwise.same(lhs.networkCidr, rhs.networkCidr) else { return false }
        guard ZStackFieldwise.same(lhs.ipVersion, rhs.ipVersion) else { return false }
        guard ZStackFieldwise.same(lhs.addressMode, rhs.addressMode) else { return false }
        guard ZStackFieldwise.same(lhs.ipRangeType, rhs.ipRangeType) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.l3NetworkUuid)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.startIp)
        hasher.combine(self.endIp)
        hasher.combine(self.netmask)
        hasher.combine(self.prefixLen)
        hasher.combine(self.gateway)
        hasher.combine(self.networkCidr)
        hasher.combine(self.ipVersion)
        hasher.combine(self.addressMode)
        hasher.combine(self.ipRangeType)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension IpRangeInventory {
    /// The fields of ``IpRangeInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``IpRangeInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``IpRangeInventory`` for its own conditions.
        public init() where Root == IpRangeInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``IpRangeInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 三层网络UUID
        public var l3NetworkUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "l3NetworkUuid")
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// 资源的详细描述
        public var description: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "description")
        }

        /// 起始地址
        public var startIp: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "startIp")
        }

        /// 结束地址
        public var endIp: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "endIp")
        }

        /// 掩码
        public var netmask: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "netmask")
        }

        /// 掩码长度
        public var prefixLen: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "prefixLen")
        }

        /// 网关
        public var gateway: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "gateway")
        }

        /// 网络CIDR
        public var networkCidr: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "networkCidr")
        }

        /// ip协议号
        public var ipVersion: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "ipVersion")
        }

        /// IPv6地址分配模式
        public var addressMode: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "addressMode")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }
    }
}
