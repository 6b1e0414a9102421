public import Foundation

/// 云主机设备地址归档清单
public nonisolated final class VmInstanceDeviceAddressArchiveInventory: Codable, Sendable, Hashable {
    /// The `id` field.
    public let id: Int64?

    /// 资源UUID
    public let resourceUuid: String?

    /// 云主机UUID
    public let vmInstanceUuid: String?

    /// The `deviceAddress` field.
    public let deviceAddress: String?

    /// The `addressGroupUuid` field.
    public let addressGroupUuid: String?

    /// The `metadata` field.
    public let metadata: String?

    /// The `metadataClass` field.
    public let metadataClass: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - id: The `id` field.
    ///   - resourceUuid: 资源UUID
    ///   - vmInstanceUuid: 云主机UUID
    ///   - deviceAddress: The `deviceAddress` field.
    ///   - addressGroupUuid: The `addressGroupUuid` field.
    ///   - metadata: The `metadata` field.
    ///   - metadataClass: The `metadataClass` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        id: Int64? = nil,
        resourceUuid: String? = nil,
        vmInstanceUuid: String? = nil,
        deviceAddress: String? = nil,
        addressGroupUuid: String? = nil,
        metadata: String? = nil,
        metadataClass: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.id = id
        self.resourceUuid = resourceUuid
        self.vmInstanceUuid = vmInstanceUuid
        self.deviceAddress = deviceAddress
        self.addressGroupUuid = addressGroupUuid
        self.metadata = metadata
        self.metadataClass = metadataClass
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.id = try object.optionalValue(Int64.self, forKey: "id")
        self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
        self.vmInstanceUuid = try object.optionalValue(String.self, forKey: "vmInstanceUuid")
        self.deviceAddress = try object.optionalValue(String.self, forKey: "deviceAddress")
        self.addressGroupUuid = try object.optionalValue(String.self, forKey: "addressGroupUuid")
        self.metadata = try object.optionalValue(String.self, forKey: "metadata")
        self.metadataClass = try object.optionalValue(String.self, forKey: "metadataClass")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.id, forKey: "id")
        try object.encodeValue(self.resourceUuid, forKey: "resourceUuid")
        try object.encodeValue(self.vmInstanceUuid, forKey: "vmInstanceUuid")
        try object.encodeValue(self.deviceAddress, forKey: "deviceAddress")
        try object.encodeValue(self.addressGroupUuid, forKey: "addressGroupUuid")
        try object.encodeValue(self.metadata, forKey: "metadata")
        try object.encodeValue(self.metadataClass, forKey: "metadataClass")
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
        _ lhs: VmInstanceDeviceAddressArchiveInventory,
        _ rhs: VmInstanceDeviceAddressArchiveInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.id, rhs.id) else { return false }
        guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.vmInstanceUuid, rhs.vmInstanceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.deviceAddress, rhs.deviceAddress) else { return false }
        guard ZStackFieldwise.same(lhs.addressGroupUuid, rhs.addressGroupUuid) else { return false }
        guard ZStackFieldwise.same(lhs.metadata, rhs.metadata) else { return false }
        guard ZStackFieldwise.same(lhs.metadataClass, rhs.metadataClass) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.id)
        hasher.combine(self.resourceUuid)
        hasher.combine(self.vmInstanceUuid)
        hasher.combine(self.deviceAddress)
        hasher.combine(self.addressGroupUuid)
        hasher.combine(self.metadata)
        hasher.combine(self.metadataClass)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension VmInstanceDeviceAddressArchiveInventory {
    /// The fields of ``VmInstanceDeviceAddressArchiveInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.id == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``VmInstanceDeviceAddressArchiveInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.id`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``VmInstanceDeviceAddressArchiveInventory`` for its own conditions.
        public init() where Root == VmInstanceDeviceAddressArchiveInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``VmInstanceDeviceAddressArchiveInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// The `id` field.
        public var id: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "id")
        }

        /// 资源UUID
        public var resourceUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "resourceUuid")
        }

        /// 云主机UUID
        public var vmInstanceUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "vmInstanceUuid")
        }

        /// The `deviceAddress` field.
        public var deviceAddress: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "deviceAddress")
        }

        /// The `addressGroupUuid` field.
        public var addressGroupUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "addressGroupUuid")
        }

        /// The `metadata` field.
        public var metadata: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "metadata")
        }

        /// The `metadataClass` field.
        public var metadataClass: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "metadataClass")
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
