public import Foundation

/// 云主机设备地址组清单
public nonisolated final class VmInstanceDeviceAddressGroupInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源UUID
    public let resourceUuid: String?

    /// 云主机UUID
    public let vmInstanceUuid: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `addressList` field.
    public let addressList: [VmInstanceDeviceAddressArchiveInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - resourceUuid: 资源UUID
    ///   - vmInstanceUuid: 云主机UUID
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - addressList: The `addressList` field.
    public init(
        uuid: String? = nil,
        resourceUuid: String? = nil,
        vmInstanceUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        addressList: [VmInstanceDeviceAddressArchiveInventory]? = nil
    ) {
        self.uuid = uuid
        self.resourceUuid = resourceUuid
        self.vmInstanceUuid = vmInstanceUuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.addressList = addressList
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
        self.vmInstanceUuid = try object.optionalValue(String.self, forKey: "vmInstanceUuid")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.addressList = try object.optionalValue(
            [VmInstanceDeviceAddressArchiveInventory].self,
            forKey: "addressList"
        )
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.resourceUuid, forKey: "resourceUuid")
        try object.encodeValue(self.vmInstanceUuid, forKey: "vmInstanceUuid")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.addressList, forKey: "addressList")
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
        _ lhs: VmInstanceDeviceAddressGroupInventory,
        _ rhs: VmInstanceDeviceAddressGroupInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.vmInstanceUuid, rhs.vmInstanceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        return ZStackFieldwise.same(lhs.addressList, rhs.addressList)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.resourceUuid)
        hasher.combine(self.vmInstanceUuid)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.addressList)
    }
}

nonisolated extension VmInstanceDeviceAddressGroupInventory {
    /// The fields of ``VmInstanceDeviceAddressGroupInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``VmInstanceDeviceAddressGroupInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``VmInstanceDeviceAddressGroupInventory`` for its own conditions.
        public init() where Root == VmInstanceDeviceAddressGroupInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``VmInstanceDeviceAddressGroupInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 资源UUID
        public var resourceUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "resourceUuid")
        }

        /// 云主机UUID
        public var vmInstanceUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "vmInstanceUuid")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }

        /// The `addressList` field. Its fields are compared as `addressList.<field>`: an item matches when one of its
        /// `addressList` does.
        public var addressList: VmInstanceDeviceAddressArchiveInventory.QueryFields<Root> {
            VmInstanceDeviceAddressArchiveInventory.QueryFields(path: pathFromRoot.appending("addressList"))
        }
    }
}
