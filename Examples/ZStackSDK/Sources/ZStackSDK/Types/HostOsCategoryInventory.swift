public import Foundation

/// 支持的物理机类型条目
public nonisolated struct HostOsCategoryInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该条目
    public let uuid: String?

    /// 物理机架构，比如 "x86_64"
    public let architecture: String?

    /// 物理机操作系统版本，比如 "centos Core 7.6.1810"
    public let osReleaseVersion: String?

    /// The `metadataList` field.
    public let metadataList: [KvmHostHypervisorMetadataInventory]?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该条目
    ///   - architecture: 物理机架构，比如 "x86_64"
    ///   - osReleaseVersion: 物理机操作系统版本，比如 "centos Core 7.6.1810"
    ///   - metadataList: The `metadataList` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        architecture: String? = nil,
        osReleaseVersion: String? = nil,
        metadataList: [KvmHostHypervisorMetadataInventory]? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.architecture = architecture
        self.osReleaseVersion = osReleaseVersion
        self.metadataList = metadataList
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
        self.architecture = try object.optionalValue(String.self, forKey: "architecture")
        self.osReleaseVersion = try object.optionalValue(String.self, forKey: "osReleaseVersion")
        self.metadataList = try object.optionalValue([KvmHostHypervisorMetadataInventory].self, forKey: "metadataList")
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
        try object.encodeValue(self.architecture, forKey: "architecture")
        try object.encodeValue(self.osReleaseVersion, forKey: "osReleaseVersion")
        try object.encodeValue(self.metadataList, forKey: "metadataList")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
    }
}

nonisolated extension HostOsCategoryInventory {
    /// The fields of ``HostOsCategoryInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源的UUID，唯一标示该条目
        public static var uuid: ZStackQueryField<HostOsCategoryInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 物理机架构，比如 "x86_64"
        public static var architecture: ZStackQueryField<HostOsCategoryInventory, String> {
            ZStackQueryField("architecture")
        }

        /// 物理机操作系统版本，比如 "centos Core 7.6.1810"
        public static var osReleaseVersion: ZStackQueryField<HostOsCategoryInventory, String> {
            ZStackQueryField("osReleaseVersion")
        }
    }
}
