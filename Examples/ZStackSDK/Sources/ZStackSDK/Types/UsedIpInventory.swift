public import Foundation

/// 已使用IP的结构清单
public nonisolated final class UsedIpInventory: Codable, Sendable, Hashable {
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
    public static func fieldsAreEqual(_ lhs: UsedIpInventory, _ rhs: UsedIpInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.ipRangeUuid, rhs.ipRangeUuid) else { return false }
        guard ZStackFieldwise.same(lhs.l3NetworkUuid, rhs.l3NetworkUuid) else { return false }
        guard ZStackFieldwise.same(lhs.ipVersion, rhs.ipVersion) else { return false }
        guard ZStackFieldwise.same(lhs.ip, rhs.ip) else { return false }
        guard ZStackFieldwise.same(lhs.netmask, rhs.netmask) else { return false }
        guard ZStackFieldwise.same(lhs.gateway, rhs.gateway) else { return false }
        guard ZStackFieldwise.same(lhs.usedFor, rhs.usedFor) else { return false }
        guard ZStackFieldwise.same(lhs.ipInLong, rhs.ipInLong) else { return false }
        guard ZStackFieldwise.same(lhs.ipInBinary, rhs.ipInBinary) else { return false }
        guard ZStackFieldwise.same(lhs.vmNicUuid, rhs.vmNicUuid) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.ipRangeUuid)
        hasher.combine(self.l3NetworkUuid)
        hasher.combine(self.ipVersion)
        hasher.combine(self.ip)
        hasher.combine(self.netmask)
        hasher.combine(self.gateway)
        hasher.combine(self.usedFor)
        hasher.combine(self.ipInLong)
        hasher.combine(self.ipInBinary)
        hasher.combine(self.vmNicUuid)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension UsedIpInventory {
    /// The fields of ``UsedIpInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``UsedIpInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``UsedIpInventory`` for its own conditions.
        public init() where Root == UsedIpInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``UsedIpInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// IP段UUID
        public var ipRangeUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "ipRangeUuid")
        }

        /// 三层网络UUID
        public var l3NetworkUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "l3NetworkUuid")
        }

        /// The `ipVersion` field.
        public var ipVersion: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "ipVersion")
        }

        /// The `ip` field.
        public var ip: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "ip")
        }

        /// The `netmask` field.
        public var netmask: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "netmask")
        }

        /// The `gateway` field.
        public var gateway: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "gateway")
        }

        /// 分配原因
        public var usedFor: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "usedFor")
        }

        /// The `ipInLong` field.
        public var ipInLong: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "ipInLong")
        }

        /// 云主机网卡UUID
        public var vmNicUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "vmNicUuid")
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
