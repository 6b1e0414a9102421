public import Foundation

/// 安全组下的网卡清单
public nonisolated struct VmNicSecurityGroupRefInventory: Codable, Sendable, Hashable {
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
}

nonisolated extension VmNicSecurityGroupRefInventory {
    /// The fields of ``VmNicSecurityGroupRefInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.priority == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 安全组优先级
        public static var priority: ZStackQueryField<VmNicSecurityGroupRefInventory, Int> {
            ZStackQueryField("priority")
        }

        /// 云主机网卡UUID
        public static var vmNicUuid: ZStackQueryField<VmNicSecurityGroupRefInventory, String> {
            ZStackQueryField("vmNicUuid")
        }

        /// 安全组UUID
        public static var securityGroupUuid: ZStackQueryField<VmNicSecurityGroupRefInventory, String> {
            ZStackQueryField("securityGroupUuid")
        }

        /// 云主机UUID
        public static var vmInstanceUuid: ZStackQueryField<VmNicSecurityGroupRefInventory, String> {
            ZStackQueryField("vmInstanceUuid")
        }
    }
}
