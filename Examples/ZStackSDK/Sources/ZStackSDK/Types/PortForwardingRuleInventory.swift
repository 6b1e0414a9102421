public import Foundation

/// 端口转发规则清单
public nonisolated final class PortForwardingRuleInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// VIP的IP地址
    public let vipIp: String?

    /// 虚拟机网卡的IP地址
    public let guestIp: String?

    /// VIP UUID
    public let vipUuid: String?

    /// VIP的起始端口号
    public let vipPortStart: Int?

    /// VIP的结束端口号
    public let vipPortEnd: Int?

    /// 客户IP的起始端口号
    public let privatePortStart: Int?

    /// 客户IP的结束端口号
    public let privatePortEnd: Int?

    /// 云主机网卡UUID
    public let vmNicUuid: String?

    /// 网络流量的协议类型
    public let protocolType: String?

    /// 规则可用状态
    public let state: String?

    /// 源CIDR; 端口转发规则只作用于源CIDR的流量
    public let allowedCidr: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - vipIp: VIP的IP地址
    ///   - guestIp: 虚拟机网卡的IP地址
    ///   - vipUuid: VIP UUID
    ///   - vipPortStart: VIP的起始端口号
    ///   - vipPortEnd: VIP的结束端口号
    ///   - privatePortStart: 客户IP的起始端口号
    ///   - privatePortEnd: 客户IP的结束端口号
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - protocolType: 网络流量的协议类型
    ///   - state: 规则可用状态
    ///   - allowedCidr: 源CIDR; 端口转发规则只作用于源CIDR的流量
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        vipIp: String? = nil,
        guestIp: String? = nil,
        vipUuid: String? = nil,
        vipPortStart: Int? = nil,
        vipPortEnd: Int? = nil,
        privatePortStart: Int? = nil,
        privatePortEnd: Int? = nil,
        vmNicUuid: String? = nil,
        protocolType: String? = nil,
        state: String? = nil,
        allowedCidr: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.vipIp = vipIp
        self.guestIp = guestIp
        self.vipUuid = vipUuid
        self.vipPortStart = vipPortStart
        self.vipPortEnd = vipPortEnd
        self.privatePortStart = privatePortStart
        self.privatePortEnd = privatePortEnd
        self.vmNicUuid = vmNicUuid
        self.protocolType = protocolType
        self.state = state
        self.allowedCidr = allowedCidr
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
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.vipIp = try object.optionalValue(String.self, forKey: "vipIp")
        self.guestIp = try object.optionalValue(String.self, forKey: "guestIp")
        self.vipUuid = try object.optionalValue(String.self, forKey: "vipUuid")
        self.vipPortStart = try object.optionalValue(Int.self, forKey: "vipPortStart")
        self.vipPortEnd = try object.optionalValue(Int.self, forKey: "vipPortEnd")
        self.privatePortStart = try object.optionalValue(Int.self, forKey: "privatePortStart")
        self.privatePortEnd = try object.optionalValue(Int.self, forKey: "privatePortEnd")
        self.vmNicUuid = try object.optionalValue(String.self, forKey: "vmNicUuid")
        self.protocolType = try object.optionalValue(String.self, forKey: "protocolType")
        self.state = try object.optionalValue(String.self, forKey: "state")
        self.allowedCidr = try object.optionalValue(String.self, forKey: "allowedCidr")
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
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.vipIp, forKey: "vipIp")
        try object.encodeValue(self.guestIp, forKey: "guestIp")
        try object.encodeValue(self.vipUuid, forKey: "vipUuid")
        try object.encodeValue(self.vipPortStart, forKey: "vipPortStart")
        try object.encodeValue(self.vipPortEnd, forKey: "vipPortEnd")
        try object.encodeValue(self.privatePortStart, forKey: "privatePortStart")
        try object.encodeValue(self.privatePortEnd, forKey: "privatePortEnd")
        try object.encodeValue(self.vmNicUuid, forKey: "vmNicUuid")
        try object.encodeValue(self.protocolType, forKey: "protocolType")
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.allowedCidr, forKey: "allowedCidr")
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
    public static func fieldsAreEqual(_ lhs: PortForwardingRuleInventory, _ rhs: PortForwardingRuleInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.vipIp, rhs.vipIp) else { return false }
        guard ZStackFieldwise.same(lhs.guestIp, rhs.guestIp) else { return false }
        guard ZStackFieldwise.same(lhs.vipUuid, rhs.vipUuid) else { return false }
        guard ZStackFieldwise.same(lhs.vipPortStart, rhs.vipPortStart) else { return false }
        guard ZStackFieldwise.same(lhs.vipPortEnd, rhs.vipPortEnd) else { return false }
        guard ZStackFieldwise.same(lhs.privatePortStart, rhs.privatePortStart) else { return false }
        guard ZStackFieldwise.same(lhs.privatePortEnd, rhs.privatePortEnd) else { return false }
        guard ZStackFieldwise.same(lhs.vmNicUuid, rhs.vmNicUuid) else { return false }
        guard ZStackFieldwise.same(lhs.protocolType, rhs.protocolType) else { return false }
        guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
        guard ZStackFieldwise.same(lhs.allowedCidr, rhs.allowedCidr) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.vipIp)
        hasher.combine(self.guestIp)
        hasher.combine(self.vipUuid)
        hasher.combine(self.vipPortStart)
        hasher.combine(self.vipPortEnd)
        hasher.combine(self.privatePortStart)
        hasher.combine(self.privatePortEnd)
        hasher.combine(self.vmNicUuid)
        hasher.combine(self.protocolType)
        hasher.combine(self.state)
        hasher.combine(self.allowedCidr)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension PortForwardingRuleInventory {
    /// The fields of ``PortForwardingRuleInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``PortForwardingRuleInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``PortForwardingRuleInventory`` for its own conditions.
        public init() where Root == PortForwardingRuleInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``PortForwardingRuleInventory`` reached from `Root` through the fields that `path` names.
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

        /// VIP的IP地址
        public var vipIp: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "vipIp")
        }

        /// 虚拟机网卡的IP地址
        public var guestIp: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "guestIp")
        }

        /// VIP UUID
        public var vipUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "vipUuid")
        }

        /// VIP的起始端口号
        public var vipPortStart: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "vipPortStart")
        }

        /// VIP的结束端口号
        public var vipPortEnd: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "vipPortEnd")
        }

        /// 客户IP的起始端口号
        public var privatePortStart: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "privatePortStart")
        }

        /// 客户IP的结束端口号
        public var privatePortEnd: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "privatePortEnd")
        }

        /// 云主机网卡UUID
        public var vmNicUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "vmNicUuid")
        }

        /// 网络流量的协议类型
        public var protocolType: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "protocolType")
        }

        /// 规则可用状态
        public var state: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "state")
        }

        /// 源CIDR; 端口转发规则只作用于源CIDR的流量
        public var allowedCidr: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "allowedCidr")
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
