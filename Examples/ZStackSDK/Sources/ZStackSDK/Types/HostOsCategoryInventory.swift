public import Foundation

/// 支持的物理机类型条目
public nonisolated final class HostOsCategoryInventory: Codable, Sendable, Hashable {
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
    public static func fieldsAreEqual(_ lhs: HostOsCategoryInventory, _ rhs: HostOsCategoryInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.architecture, rhs.architecture) else { return false }
        guard ZStackFieldwise.same(lhs.osReleaseVersion, rhs.osReleaseVersion) else { return false }
        guard ZStackFieldwise.same(lhs.metadataList, rhs.metadataList) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.architecture)
        hasher.combine(self.osReleaseVersion)
        hasher.combine(self.metadataList)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension HostOsCategoryInventory {
    /// The fields of ``HostOsCategoryInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``HostOsCategoryInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``HostOsCategoryInventory`` for its own conditions.
        public init() where Root == HostOsCategoryInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``HostOsCategoryInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该条目
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 物理机架构，比如 "x86_64"
        public var architecture: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "architecture")
        }

        /// 物理机操作系统版本，比如 "centos Core 7.6.1810"
        public var osReleaseVersion: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "osReleaseVersion")
        }

        /// The `metadataList` field. Its fields are compared as `metadataList.<field>`: an item matches when one of its
        /// `metadataList` does.
        public var metadataList: KvmHostHypervisorMetadataInventory.QueryFields<Root> {
            KvmHostHypervisorMetadataInventory.QueryFields(path: pathFromRoot.appending("metadataList"))
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
