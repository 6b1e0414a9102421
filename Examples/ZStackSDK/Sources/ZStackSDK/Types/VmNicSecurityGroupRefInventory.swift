public import Foundation

/// 安全组下的网卡清单
public nonisolated final class VmNicSecurityGroupRefInventory: Codable, Sendable, Hashable {
    /// 安全组优先级
    public let priority: Int?

    /// 云主机网卡UUID
    public let vmNicUuid: String?

    /// 安全组UUID
    public let securityGroupUuid: String?

    /// 云主机UUID
    public let vmInstanceUuid: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - priority: 安全组优先级
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - securityGroupUuid: 安全组UUID
    ///   - vmInstanceUuid: 云主机UUID
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        priority: Int? = nil,
        vmNicUuid: String? = nil,
        securityGroupUuid: String? = nil,
        vmInstanceUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.priority = priority
        self.vmNicUuid = vmNicUuid
        self.securityGroupUuid = securityGroupUuid
        self.vmInstanceUuid = vmInstanceUuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.priority = try object.optionalValue(Int.self, forKey: "priority")
        self.vmNicUuid = try object.optionalValue(String.self, forKey: "vmNicUuid")
        self.securityGroupUuid = try object.optionalValue(String.self, forKey: "securityGroupUuid")
        self.vmInstanceUuid = try object.optionalValue(String.self, forKey: "vmInstanceUuid")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.priority, forKey: "priority")
        try object.encodeValue(self.vmNicUuid, forKey: "vmNicUuid")
        try object.encodeValue(self.securityGroupUuid, forKey: "securityGroupUuid")
        try object.encodeValue(self.vmInstanceUuid, forKey: "vmInstanceUuid")
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
    public static func fieldsAreEqual(
        _ lhs: VmNicSecurityGroupRefInventory,
        _ rhs: VmNicSecurityGroupRefInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.priority, rhs.priority) else { return false }
        guard ZStackFieldwise.same(lhs.vmNicUuid, rhs.vmNicUuid) else { return false }
        guard ZStackFieldwise.same(lhs.securityGroupUuid, rhs.securityGroupUuid) else { return false }
        guard ZStackFieldwise.same(lhs.vmInstanceUuid, rhs.vmInstanceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.priority)
        hasher.combine(self.vmNicUuid)
        hasher.combine(self.securityGroupUuid)
        hasher.combine(self.vmInstanceUuid)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension VmNicSecurityGroupRefInventory {
    /// The fields of ``VmNicSecurityGroupRefInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.priority == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``VmNicSecurityGroupRefInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.priority`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``VmNicSecurityGroupRefInventory`` for its own conditions.
        public init() where Root == VmNicSecurityGroupRefInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``VmNicSecurityGroupRefInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 安全组优先级
        public var priority: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "priority")
        }

        /// 云主机网卡UUID
        public var vmNicUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "vmNicUuid")
        }

        /// 安全组UUID
        public var securityGroupUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "securityGroupUuid")
        }

        /// 云主机UUID
        public var vmInstanceUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "vmInstanceUuid")
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
