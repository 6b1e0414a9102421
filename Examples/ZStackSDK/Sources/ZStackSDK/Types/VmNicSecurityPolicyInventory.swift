public import Foundation

/// 网卡的安全策略
public nonisolated final class VmNicSecurityPolicyInventory: Codable, Sendable, Hashable {
    /// 云主机网卡UUID
    public let vmNicUuid: String?

    /// 网卡入方向安全策略
    public let ingressPolicy: String?

    /// 网卡出方向安全策略
    public let egressPolicy: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - ingressPolicy: 网卡入方向安全策略
    ///   - egressPolicy: 网卡出方向安全策略
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        vmNicUuid: String? = nil,
        ingressPolicy: String? = nil,
        egressPolicy: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.vmNicUuid = vmNicUuid
        self.ingressPolicy = ingressPolicy
        self.egressPolicy = egressPolicy
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.vmNicUuid = try object.optionalValue(String.self, forKey: "vmNicUuid")
        self.ingressPolicy = try object.optionalValue(String.self, forKey: "ingressPolicy")
        self.egressPolicy = try object.optionalValue(String.self, forKey: "egressPolicy")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.vmNicUuid, forKey: "vmNicUuid")
        try object.encodeValue(self.ingressPolicy, forKey: "ingressPolicy")
        try object.encodeValue(self.egressPolicy, forKey: "egressPolicy")
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
        _ lhs: VmNicSecurityPolicyInventory,
        _ rhs: VmNicSecurityPolicyInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.vmNicUuid, rhs.vmNicUuid) else { return false }
        guard ZStackFieldwise.same(lhs.ingressPolicy, rhs.ingressPolicy) else { return false }
        guard ZStackFieldwise.same(lhs.egressPolicy, rhs.egressPolicy) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.vmNicUuid)
        hasher.combine(self.ingressPolicy)
        hasher.combine(self.egressPolicy)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension VmNicSecurityPolicyInventory {
    /// The fields of ``VmNicSecurityPolicyInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.vmNicUuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``VmNicSecurityPolicyInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.vmNicUuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``VmNicSecurityPolicyInventory`` for its own conditions.
        public init() where Root == VmNicSecurityPolicyInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``VmNicSecurityPolicyInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 云主机网卡UUID
        public var vmNicUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "vmNicUuid")
        }

        /// 网卡入方向安全策略
        public var ingressPolicy: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "ingressPolicy")
        }

        /// 网卡出方向安全策略
        public var egressPolicy: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "egressPolicy")
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
