public import Foundation

/// 支持的物理机元数据
public nonisolated struct KvmHostHypervisorMetadataInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该条目
    public let uuid: String?

    /// 支持的物理机类型条目 UUID
    public let categoryUuid: String?

    /// 管理节点 UUID
    public let managementNodeUuid: String?

    /// 虚拟化软件名称，比如 "qemu-kvm"
    public let hypervisor: String?

    /// 版本号，比如 "4.2.0-632.g6a6222b.el7"
    public let version: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该条目
    ///   - categoryUuid: 支持的物理机类型条目 UUID
    ///   - managementNodeUuid: 管理节点 UUID
    ///   - hypervisor: 虚拟化软件名称，比如 "qemu-kvm"
    ///   - version: 版本号，比如 "4.2.0-632.g6a6222b.el7"
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        categoryUuid: String? = nil,
        managementNodeUuid: String? = nil,
        hypervisor: String? = nil,
        version: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.categoryUuid = categoryUuid
        self.managementNodeUuid = managementNodeUuid
        self.hypervisor = hypervisor
        self.version = version
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
        self.categoryUuid = try object.optionalValue(String.self, forKey: "categoryUuid")
        self.managementNodeUuid = try object.optionalValue(String.self, forKey: "managementNodeUuid")
        self.hypervisor = try object.optionalValue(String.self, forKey: "hypervisor")
        self.version = try object.optionalValue(String.self, forKey: "version")
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
        try object.encodeValue(self.categoryUuid, forKey: "categoryUuid")
        try object.encodeValue(self.managementNodeUuid, forKey: "managementNodeUuid")
        try object.encodeValue(self.hypervisor, forKey: "hypervisor")
        try object.encodeValue(self.version, forKey: "version")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
    }
}
