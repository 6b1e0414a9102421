public import Foundation

/// 云主机CDROM
public nonisolated final class VmCdRomInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 云主机UUID
    public let vmInstanceUuid: String?

    /// The `deviceId` field.
    public let deviceId: Int?

    /// The `isoUuid` field.
    public let isoUuid: String?

    /// The `isoInstallPath` field.
    public let isoInstallPath: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - vmInstanceUuid: 云主机UUID
    ///   - deviceId: The `deviceId` field.
    ///   - isoUuid: The `isoUuid` field.
    ///   - isoInstallPath: The `isoInstallPath` field.
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        vmInstanceUuid: String? = nil,
        deviceId: Int? = nil,
        isoUuid: String? = nil,
        isoInstallPath: String? = nil,
        name: String? = nil,
        description: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.vmInstanceUuid = vmInstanceUuid
        self.deviceId = deviceId
        self.isoUuid = isoUuid
        self.isoInstallPath = isoInstallPath
        self.name = name
        self.description = description
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
        self.vmInstanceUuid = try object.optionalValue(String.self, forKey: "vmInstanceUuid")
        self.deviceId = try object.optionalValue(Int.self, forKey: "deviceId")
        self.isoUuid = try object.optionalValue(String.self, forKey: "isoUuid")
        self.isoInstallPath = try object.optionalValue(String.self, forKey: "isoInstallPath")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.description = try object.optionalValue(String.self, forKey: "description")
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
        try object.encodeValue(self.vmInstanceUuid, forKey: "vmInstanceUuid")
        try object.encodeValue(self.deviceId, forKey: "deviceId")
        try object.encodeValue(self.isoUuid, forKey: "isoUuid")
        try object.encodeValue(self.isoInstallPath, forKey: "isoInstallPath")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.description, forKey: "description")
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
    public static func fieldsAreEqual(_ lhs: VmCdRomInventory, _ rhs: VmCdRomInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.vmInstanceUuid, rhs.vmInstanceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.deviceId, rhs.deviceId) else { return false }
        guard ZStackFieldwise.same(lhs.isoUuid, rhs.isoUuid) else { return false }
        guard ZStackFieldwise.same(lhs.isoInstallPath, rhs.isoInstallPath) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.vmInstanceUuid)
        hasher.combine(self.deviceId)
        hasher.combine(self.isoUuid)
        hasher.combine(self.isoInstallPath)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension VmCdRomInventory {
    /// The fields of ``VmCdRomInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``VmCdRomInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``VmCdRomInventory`` for its own conditions.
        public init() where Root == VmCdRomInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``VmCdRomInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 云主机UUID
        public var vmInstanceUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "vmInstanceUuid")
        }

        /// The `deviceId` field.
        public var deviceId: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "deviceId")
        }

        /// The `isoUuid` field.
        public var isoUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "isoUuid")
        }

        /// The `isoInstallPath` field.
        public var isoInstallPath: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "isoInstallPath")
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// 资源的详细描述
        public var description: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "description")
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
