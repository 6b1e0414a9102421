public import Foundation

/// `EipInventory`, as the API describes it.
public nonisolated final class EipInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// 云主机网卡UUID
    public let vmNicUuid: String?

    /// VIP UUID
    public let vipUuid: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `state` field.
    public let state: String?

    /// The `vipIp` field.
    public let vipIp: String?

    /// The `guestIp` field.
    public let guestIp: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - vipUuid: VIP UUID
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - state: The `state` field.
    ///   - vipIp: The `vipIp` field.
    ///   - guestIp: The `guestIp` field.
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        vmNicUuid: String? = nil,
        vipUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        state: String? = nil,
        vipIp: String? = nil,
        guestIp: String? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.vmNicUuid = vmNicUuid
        self.vipUuid = vipUuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.state = state
        self.vipIp = vipIp
        self.guestIp = guestIp
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
        self.vmNicUuid = try object.optionalValue(String.self, forKey: "vmNicUuid")
        self.vipUuid = try object.optionalValue(String.self, forKey: "vipUuid")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.state = try object.optionalValue(String.self, forKey: "state")
        self.vipIp = try object.optionalValue(String.self, forKey: "vipIp")
        self.guestIp = try object.optionalValue(String.self, forKey: "guestIp")
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
        try object.encodeValue(self.vmNicUuid, forKey: "vmNicUuid")
        try object.encodeValue(self.vipUuid, forKey: "vipUuid")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.vipIp, forKey: "vipIp")
        try object.encodeValue(self.guestIp, forKey: "guestIp")
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
    public static func fieldsAreEqual(_ lhs: EipInventory, _ rhs: EipInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.vmNicUuid, rhs.vmNicUuid) else { return false }
        guard ZStackFieldwise.same(lhs.vipUuid, rhs.vipUuid) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
        guard ZStackFieldwise.same(lhs.vipIp, rhs.vipIp) else { return false }
        return ZStackFieldwise.same(lhs.guestIp, rhs.guestIp)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.vmNicUuid)
        hasher.combine(self.vipUuid)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.state)
        hasher.combine(self.vipIp)
        hasher.combine(self.guestIp)
    }
}

nonisolated extension EipInventory {
    /// The fields of ``EipInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``EipInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``EipInventory`` for its own conditions.
        public init() where Root == EipInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``EipInventory`` reached from `Root` through the fields that `path` names.
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

        /// 云主机网卡UUID
        public var vmNicUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "vmNicUuid")
        }

        /// VIP UUID
        public var vipUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "vipUuid")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }

        /// The `state` field.
        public var state: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "state")
        }

        /// The `vipIp` field.
        public var vipIp: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "vipIp")
        }

        /// The `guestIp` field.
        public var guestIp: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "guestIp")
        }
    }
}
