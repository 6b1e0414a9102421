public import Foundation

/// 安全组规则清单
public nonisolated final class SecurityGroupRuleInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 安全组UUID
    public let securityGroupUuid: String?

    /// 流量类型
    public let type: String?

    /// ip协议号
    public let ipVersion: Int?

    /// 流量协议类型
    public let `protocol`: String?

    /// 规则的可用状态
    public let state: String?

    /// 规则优先级
    public let priority: Int?

    /// 规则描述
    public let description: String?

    /// 源IP范围
    public let srcIpRange: String?

    /// 目的IP范围
    public let dstIpRange: String?

    /// 源端口范围，当前版本未实现
    public let srcPortRange: String?

    /// 目的端口范围
    public let dstPortRange: String?

    /// 规则的默认动作
    public let action: String?

    /// The `remoteSecurityGroupUuid` field.
    public let remoteSecurityGroupUuid: String?

    /// 允许的CIDR,根据流量类型的不同, 允许的CIDR有不同的含义,如果流量类型是Ingress, 允许的CIDR是允许访问虚拟机网卡的源CIDR,如果流量类型是Egress,
    /// 允许的CIDR是允许从虚拟机网卡离开并到达的目的地CIDR
    public let allowedCidr: String?

    /// 如果协议是TCP/UDP, 它是端口范围（port range）的起始端口号; 如果协议是ICMP, 它是ICMP类型（type）
    public let startPort: Int?

    /// 如果协议是TCP/UDP, 它是端口范围（port range）的起始端口号; 如果协议是ICMP, 它是ICMP类型（type）
    public let endPort: Int?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - securityGroupUuid: 安全组UUID
    ///   - type: 流量类型
    ///   - ipVersion: ip协议号
    ///   - protocol: 流量协议类型
    ///   - state: 规则的可用状态
    ///   - priority: 规则优先级
    ///   - description: 规则描述
    ///   - srcIpRange: 源IP范围
    ///   - dstIpRange: 目的IP范围
    ///   - srcPortRange: 源端口范围，当前版本未实现
    ///   - dstPortRange: 目的端口范围
    ///   - action: 规则的默认动作
    ///   - remoteSecurityGroupUuid: The `remoteSecurityGroupUuid` field.
    ///   - allowedCidr: 允许的CIDR,根据流量类型的不同, 允许的CIDR有不同的含义,如果流量类型是Ingress, 允许的CIDR是允许访问虚拟机网卡的源CIDR,如果流量类型是Egress,
    ///     允许的CIDR是允许从虚拟机网卡离开并到达的目的地CIDR
    ///   - startPort: 如果协议是TCP/UDP, 它是端口范围（port range）的起始端口号; 如果协议是ICMP, 它是ICMP类型（type）
    ///   - endPort: 如果协议是TCP/UDP, 它是端口范围（port range）的起始端口号; 如果协议是ICMP, 它是ICMP类型（type）
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        securityGroupUuid: String? = nil,
        type: String? = nil,
        ipVersion: Int? = nil,
        protocol: String? = nil,
        state: String? = nil,
        priority: Int? = nil,
        description: String? = nil,
        srcIpRange: String? = nil,
        dstIpRange: String? = nil,
        srcPortRange: String? = nil,
        dstPortRange: String? = nil,
        action: String? = nil,
        remoteSecurityGroupUuid: String? = nil,
        allowedCidr: String? = nil,
        startPort: Int? = nil,
        endPort: Int? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.securityGroupUuid = securityGroupUuid
        self.type = type
        self.ipVersion = ipVersion
        self.protocol = `protocol`
        self.state = state
        self.priority = priority
        self.description = description
        self.srcIpRange = srcIpRange
        self.dstIpRange = dstIpRange
        self.srcPortRange = srcPortRange
        self.dstPortRange = dstPortRange
        self.action = action
        self.remoteSecurityGroupUuid = remoteSecurityGroupUuid
        self.allowedCidr = allowedCidr
        self.startPort = startPort
        self.endPort = endPort
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
        self.securityGroupUuid = try object.optionalValue(String.self, forKey: "securityGroupUuid")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.ipVersion = try object.optionalValue(Int.self, forKey: "ipVersion")
        self.protocol = try object.optionalValue(String.self, forKey: "protocol")
        self.state = try object.optionalValue(String.self, forKey: "state")
        self.priority = try object.optionalValue(Int.self, forKey: "priority")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.srcIpRange = try object.optionalValue(String.self, forKey: "srcIpRange")
        self.dstIpRange = try object.optionalValue(String.self, forKey: "dstIpRange")
        self.srcPortRange = try object.optionalValue(String.self, forKey: "srcPortRange")
        self.dstPortRange = try object.optionalValue(String.self, forKey: "dstPortRange")
        self.action = try object.optionalValue(String.self, forKey: "action")
        self.remoteSecurityGroupUuid = try object.optionalValue(String.self, forKey: "remoteSecurityGroupUuid")
        self.allowedCidr = try object.optionalValue(String.self, forKey: "allowedCidr")
        self.startPort = try object.optionalValue(Int.self, forKey: "startPort")
        self.endPort = try object.optionalValue(Int.self, forKey: "endPort")
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
        try object.encodeValue(self.securityGroupUuid, forKey: "securityGroupUuid")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.ipVersion, forKey: "ipVersion")
        try object.encodeValue(self.protocol, forKey: "protocol")
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.priority, forKey: "priority")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.srcIpRange, forKey: "srcIpRange")
        try object.encodeValue(self.dstIpRange, forKey: "dstIpRange")
        try object.encodeValue(self.srcPortRange, forKey: "srcPortRange")
        try object.encodeValue(self.dstPortRange, forKey: "dstPortRange")
        try object.encodeValue(self.action, forKey: "action")
        try object.encodeValue(self.remoteSecurityGroupUuid, forKey: "remoteSecurityGroupUuid")
        try object.encodeValue(self.allowedCidr, forKey: "allowedCidr")
        try object.encodeValue(self.startPort, forKey: "startPort")
        try object.encodeValue(self.endPort, forKey: "endPort")
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
    public static func fieldsAreEqual(_ lhs: SecurityGroupRuleInventory, _ rhs: SecurityGroupRuleInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.securityGroupUuid, rhs.securityGroupUuid) else { return false }
        guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
        guard ZStackFieldwise.same(lhs.ipVersion, rhs.ipVersion) else { return false }
        guard ZStackFieldwise.same(lhs.protocol, rhs.protocol) else { return false }
        guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
        guard ZStackFieldwise.same(lhs.priority, rhs.priority) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.srcIpRange, rhs.srcIpRange) else { return false }
        guard ZStackFieldwise.same(lhs.dstIpRange, rhs.dstIpRange) else { return false }
        guard ZStackFieldwise.same(lhs.srcPortRange, rhs.srcPortRange) else { return false }
        guard ZStackFieldwise.same(lhs.dstPortRange, rhs.dstPortRange) else { return false }
        guard ZStackFieldwise.same(lhs.action, rhs.action) else { return false }
        guard ZStackFieldwise.same(lhs.remoteSecurityGroupUuid, rhs.remoteSecurityGroupUuid) else { return false }
        guard ZStackFieldwise.same(lhs.allowedCidr, rhs.allowedCidr) else { return false }
        guard ZStackFieldwise.same(lhs.startPort, rhs.startPort) else { return false }
        guard ZStackFieldwise.same(lhs.endPort, rhs.endPort) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.securityGroupUuid)
        hasher.combine(self.type)
        hasher.combine(self.ipVersion)
        hasher.combine(self.protocol)
        hasher.combine(self.state)
        hasher.combine(self.priority)
        hasher.combine(self.description)
        hasher.combine(self.srcIpRange)
        hasher.combine(self.dstIpRange)
        hasher.combine(self.srcPortRange)
        hasher.combine(self.dstPortRange)
        hasher.combine(self.action)
        hasher.combine(self.remoteSecurityGroupUuid)
        hasher.combine(self.allowedCidr)
        hasher.combine(self.startPort)
        hasher.combine(self.endPort)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension SecurityGroupRuleInventory {
    /// The fields of ``SecurityGroupRuleInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``SecurityGroupRuleInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``SecurityGroupRuleInventory`` for its own conditions.
        public init() where Root == SecurityGroupRuleInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``SecurityGroupRuleInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 安全组UUID
        public var securityGroupUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "securityGroupUuid")
        }

        /// 流量类型
        public var type: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "type")
        }

        /// ip协议号
        public var ipVersion: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "ipVersion")
        }

        /// 流量协议类型
        public var `protocol`: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "protocol")
        }

        /// 规则的可用状态
        public var state: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "state")
        }

        /// 规则优先级
        public var priority: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "priority")
        }

        /// 规则描述
        public var description: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "description")
        }

        /// 源IP范围
        public var srcIpRange: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "srcIpRange")
        }

        /// 目的IP范围
        public var dstIpRange: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "dstIpRange")
        }

        /// 源端口范围，当前版本未实现
        public var srcPortRange: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "srcPortRange")
        }

        /// 目的端口范围
        public var dstPortRange: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "dstPortRange")
        }

        /// 规则的默认动作
        public var action: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "action")
        }

        /// The `remoteSecurityGroupUuid` field.
        public var remoteSecurityGroupUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "remoteSecurityGroupUuid")
        }

        /// 允许的CIDR,根据流量类型的不同, 允许的CIDR有不同的含义,如果流量类型是Ingress, 允许的CIDR是允许访问虚拟机网卡的源CIDR,如果流量类型是Egress,
        /// 允许的CIDR是允许从虚拟机网卡离开并到达的目的地CIDR
        public var allowedCidr: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "allowedCidr")
        }

        /// 如果协议是TCP/UDP, 它是端口范围（port range）的起始端口号; 如果协议是ICMP, 它是ICMP类型（type）
        public var startPort: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "startPort")
        }

        /// 如果协议是TCP/UDP, 它是端口范围（port range）的起始端口号; 如果协议是ICMP, 它是ICMP类型（type）
        public var endPort: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "endPort")
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
