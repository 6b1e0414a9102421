public import Foundation

/// SDN控制器清单
public nonisolated final class SdnControllerInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// The `vendorType` field.
    public let vendorType: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// The `ip` field.
    public let ip: String?

    /// The `username` field.
    public let username: String?

    /// The `password` field.
    public let password: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `vniRanges` field.
    public let vniRanges: [SdnVniRange]?

    /// The `vxlanPools` field.
    public let vxlanPools: [HardwareL2VxlanNetworkPoolInventory]?

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

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.vendorType = try object.optionalValue(String.self, forKey: "vendorType")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.ip = try object.optionalValue(String.self, forKey: "ip")
        self.username = try object.optionalValue(String.self, forKey: "username")
        self.password = try object.optionalValue(String.self, forKey: "password")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.vniRanges = try object.optionalValue([SdnVniRange].self, forKey: "vniRanges")
        self.vxlanPools = try object.optionalValue([HardwareL2VxlanNetworkPoolInventory].self, forKey: "vxlanPools")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.vendorType, forKey: "vendorType")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.ip, forKey: "ip")
        try object.encodeValue(self.username, forKey: "username")
        try object.encodeValue(self.password, forKey: "password")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.vniRanges, forKey: "vniRanges")
        try object.encodeValue(self.vxlanPools, forKey: "vxlanPools")
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
    public static func fieldsAreEqual(_ lhs: SdnControllerInventory, _ rhs: SdnControllerInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.vendorType, rhs.vendorType) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.ip, rhs.ip) else { return false }
        guard ZStackFieldwise.same(lhs.username, rhs.username) else { return false }
        guard ZStackFieldwise.same(lhs.password, rhs.password) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        guard ZStackFieldwise.same(lhs.vniRanges, rhs.vniRanges) else { return false }
        return ZStackFieldwise.same(lhs.vxlanPools, rhs.vxlanPools)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.vendorType)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.ip)
        hasher.combine(self.username)
        hasher.combine(self.password)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.vniRanges)
        hasher.combine(self.vxlanPools)
    }
}

nonisolated extension SdnControllerInventory {
    /// The fields of ``SdnControllerInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``SdnControllerInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``SdnControllerInventory`` for its own conditions.
        public init() where Root == SdnControllerInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``SdnControllerInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// The `vendorType` field.
        public var vendorType: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "vendorType")
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// 资源的详细描述
        public var description: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "description")
        }

        /// The `ip` field.
        public var ip: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "ip")
        }

        /// The `username` field.
        public var username: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "username")
        }

        /// The `password` field.
        public var password: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "password")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }

        /// The `vniRanges` field. Its fields are compared as `vniRanges.<field>`: an item matches when one of its
        /// `vniRanges` does.
        public var vniRanges: SdnVniRange.QueryFields<Root> {
            SdnVniRange.QueryFields(path: pathFromRoot.appending("vniRanges"))
        }

        /// The `vxlanPools` field. Its fields are compared as `vxlanPools.<field>`: an item matches when one of its
        /// `vxlanPools` does.
        public var vxlanPools: HardwareL2VxlanNetworkPoolInventory.QueryFields<Root> {
            HardwareL2VxlanNetworkPoolInventory.QueryFields(path: pathFromRoot.appending("vxlanPools"))
        }
    }
}
