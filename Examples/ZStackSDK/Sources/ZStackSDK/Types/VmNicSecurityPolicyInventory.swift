public import Foundation

/// 网卡的安全策略
public nonisolated struct VmNicSecurityPolicyInventory: Codable, Sendable, Hashable {
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
}

nonisolated extension VmNicSecurityPolicyInventory {
    /// The fields of ``VmNicSecurityPolicyInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.vmNicUuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 云主机网卡UUID
        public static var vmNicUuid: ZStackQueryField<VmNicSecurityPolicyInventory, String> {
            ZStackQueryField("vmNicUuid")
        }

        /// 网卡入方向安全策略
        public static var ingressPolicy: ZStackQueryField<VmNicSecurityPolicyInventory, String> {
            ZStackQueryField("ingressPolicy")
        }

        /// 网卡出方向安全策略
        public static var egressPolicy: ZStackQueryField<VmNicSecurityPolicyInventory, String> {
            ZStackQueryField("egressPolicy")
        }
    }
}
