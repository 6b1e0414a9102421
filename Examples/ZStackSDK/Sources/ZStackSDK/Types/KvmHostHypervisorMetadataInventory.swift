public import Foundation

/// 支持的物理机元数据
public nonisolated final class KvmHostHypervisorMetadataInventory: Codable, Sendable, Hashable {
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
        _ lhs: KvmHostHypervisorMetadataInventory,
        _ rhs: KvmHostHypervisorMetadataInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.categoryUuid, rhs.categoryUuid) else { return false }
        guard ZStackFieldwise.same(lhs.managementNodeUuid, rhs.managementNodeUuid) else { return false }
        guard ZStackFieldwise.same(lhs.hypervisor, rhs.hypervisor) else { return false }
        guard ZStackFieldwise.same(lhs.version, rhs.version) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.categoryUuid)
        hasher.combine(self.managementNodeUuid)
        hasher.combine(self.hypervisor)
        hasher.combine(self.version)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension KvmHostHypervisorMetadataInventory {
    /// The fields of ``KvmHostHypervisorMetadataInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``KvmHostHypervisorMetadataInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``KvmHostHypervisorMetadataInventory`` for its own conditions.
        public init() where Root == KvmHostHypervisorMetadataInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``KvmHostHypervisorMetadataInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该条目
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 支持的物理机类型条目 UUID
        public var categoryUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "categoryUuid")
        }

        /// 管理节点 UUID
        public var managementNodeUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "managementNodeUuid")
        }

        /// 虚拟化软件名称，比如 "qemu-kvm"
        public var hypervisor: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "hypervisor")
        }

        /// 版本号，比如 "4.2.0-632.g6a6222b.el7"
        public var version: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "version")
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
