public import Foundation

/// 被挂载的云盘清单
public nonisolated final class VolumeInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// 主存储UUID
    public let primaryStorageUuid: String?

    /// 云主机UUID
    public let vmInstanceUuid: String?

    /// 云盘规格UUID
    public let diskOfferingUuid: String?

    /// The `rootImageUuid` field.
    public let rootImageUuid: String?

    /// The `installPath` field.
    public let installPath: String?

    /// The `type` field.
    public let type: String?

    /// The `format` field.
    public let format: String?

    /// The `size` field.
    public let size: Int64?

    /// The `actualSize` field.
    public let actualSize: Int64?

    /// The `deviceId` field.
    public let deviceId: Int?

    /// The `state` field.
    public let state: String?

    /// The `status` field.
    public let status: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `isShareable` field.
    public let isShareable: Bool?

    /// The `volumeQos` field.
    public let volumeQos: String?

    /// The `lastDetachDate` field.
    public let lastDetachDate: Date?

    /// The `lastVmInstanceUuid` field.
    public let lastVmInstanceUuid: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - primaryStorageUuid: 主存储UUID
    ///   - vmInstanceUuid: 云主机UUID
    ///   - diskOfferingUuid: 云盘规格UUID
    ///   - rootImageUuid: The `rootImageUuid` field.
    ///   - installPath: The `installPath` field.
    ///   - type: The `type` field.
    ///   - format: The `format` field.
    ///   - size: The `size` field.
    ///   - actualSize: The `actualSize` field.
    ///   - deviceId: The `deviceId` field.
    ///   - state: The `state` field.
    ///   - status: The `status` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - isShareable: The `isShareable` field.
    ///   - volumeQos: The `volumeQos` field.
    ///   - lastDetachDate: The `lastDetachDate` field.
    ///   - lastVmInstanceUuid: The `lastVmInstanceUuid` field.
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        primaryStorageUuid: String? = nil,
        vmInstanceUuid: String? = nil,
        diskOfferingUuid: String? = nil,
        rootImageUuid: String? = nil,
        installPath: String? = nil,
        type: String? = nil,
        format: String? = nil,
        size: Int64? = nil,
        actualSize: Int64? = nil,
        deviceId: Int? = nil,
        state: String? = nil,
        status: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        isShareable: Bool? = nil,
        volumeQos: String? = nil,
        lastDetachDate: Date? = nil,
        lastVmInstanceUuid: String? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.primaryStorageUuid = primaryStorageUuid
        self.vmInstanceUuid = vmInstanceUuid
        self.diskOfferingUuid = diskOfferingUuid
        self.rootImageUuid = rootImageUuid
        self.installPath = installPath
        self.type = type
        self.format = format
        self.size = size
        self.actualSize = actualSize
        self.deviceId = deviceId
        self.state = state
        self.status = status
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.isShareable = isShareable
        self.volumeQos = volumeQos
        self.lastDetachDate = lastDetachDate
        self.lastVmInstanceUuid = lastVmInstanceUuid
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.primaryStorageUuid = try object.optionalValue(String.self, forKey: "primaryStorageUuid")
        self.vmInstanceUuid = try object.optionalValue(String.self, forKey: "vmInstanceUuid")
        self.diskOfferingUuid = try object.optionalValue(String.self, forKey: "diskOfferingUuid")
        self.rootImageUuid = try object.optionalValue(String.self, forKey: "rootImageUuid")
        self.installPath = try object.optionalValue(String.self, forKey: "installPath")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.format = try object.optionalValue(String.self, forKey: "format")
        self.size = try object.optionalValue(Int64.self, forKey: "size")
        self.actualSize = try object.optionalValue(Int64.self, forKey: "actualSize")
        self.deviceId = try object.optionalValue(Int.self, forKey: "deviceId")
        self.state = try object.optionalValue(String.self, forKey: "state")
        self.status = try object.optionalValue(String.self, forKey: "status")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.isShareable = try object.optionalValue(Bool.self, forKey: "isShareable")
        self.volumeQos = try object.optionalValue(String.self, forKey: "volumeQos")
        self.lastDetachDate = try object.optionalValue(Date.self, forKey: "lastDetachDate")
        self.lastVmInstanceUuid = try object.optionalValue(String.self, forKey: "lastVmInstanceUuid")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.primaryStorageUuid, forKey: "primaryStorageUuid")
        try object.encodeValue(self.vmInstanceUuid, forKey: "vmInstanceUuid")
        try object.encodeValue(self.diskOfferingUuid, forKey: "diskOfferingUuid")
        try object.encodeValue(self.rootImageUuid, forKey: "rootImageUuid")
        try object.encodeValue(self.installPath, forKey: "installPath")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.format, forKey: "format")
        try object.encodeValue(self.size, forKey: "size")
        try object.encodeValue(self.actualSize, forKey: "actualSize")
        try object.encodeValue(self.deviceId, forKey: "deviceId")
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.status, forKey: "status")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.isShareable, forKey: "isShareable")
        try object.encodeValue(self.volumeQos, forKey: "volumeQos")
        try object.encodeValue(self.lastDetachDate, forKey: "lastDetachDate")
        try object.encodeValue(self.lastVmInstanceUuid, forKey: "lastVmInstanceUuid")
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
    public static func fieldsAreEqual(_ lhs: VolumeInventory, _ rhs: VolumeInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.primaryStorageUuid, rhs.primaryStorageUuid) else { return false }
        guard ZStackFieldwise.same(lhs.vmInstanceUuid, rhs.vmInstanceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.diskOfferingUuid, rhs.diskOfferingUuid) else { return false }
        guard ZStackFieldwise.same(lhs.rootImageUuid, rhs.rootImageUuid) else { return false }
        guard ZStackFieldwise.same(lhs.installPath, rhs.installPath) else { return false }
        guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
        guard ZStackFieldwise.same(lhs.format, rhs.format) else { return false }
        guard ZStackFieldwise.same(lhs.size, rhs.size) else { return false }
        guard ZStackFieldwise.same(lhs.actualSize, rhs.actualSize) else { return false }
        guard ZStackFieldwise.same(lhs.deviceId, rhs.deviceId) else { return false }
        guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
        guard ZStackFieldwise.same(lhs.status, rhs.status) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        guard ZStackFieldwise.same(lhs.isShareable, rhs.isShareable) else { return false }
        guard ZStackFieldwise.same(lhs.volumeQos, rhs.volumeQos) else { return false }
        guard ZStackFieldwise.same(lhs.lastDetachDate, rhs.lastDetachDate) else { return false }
        return ZStackFieldwise.same(lhs.lastVmInstanceUuid, rhs.lastVmInstanceUuid)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.primaryStorageUuid)
        hasher.combine(self.vmInstanceUuid)
        hasher.combine(self.diskOfferingUuid)
        hasher.combine(self.rootImageUuid)
        hasher.combine(self.installPath)
        hasher.combine(self.type)
        hasher.combine(self.format)
        hasher.combine(self.size)
        hasher.combine(self.actualSize)
        hasher.combine(self.deviceId)
        hasher.combine(self.state)
        hasher.combine(self.status)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.isShareable)
        hasher.combine(self.volumeQos)
        hasher.combine(self.lastDetachDate)
        hasher.combine(self.lastVmInstanceUuid)
    }
}

nonisolated extension VolumeInventory {
    /// The fields of ``VolumeInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``VolumeInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``VolumeInventory`` for its own conditions.
        public init() where Root == VolumeInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``VolumeInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// 资源的详细描述
        public var description: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "description")
        }

        /// 主存储UUID
        public var primaryStorageUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "primaryStorageUuid")
        }

        /// 云主机UUID
        public var vmInstanceUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "vmInstanceUuid")
        }

        /// 云盘规格UUID
        public var diskOfferingUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "diskOfferingUuid")
        }

        /// The `rootImageUuid` field.
        public var rootImageUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "rootImageUuid")
        }

        /// The `installPath` field.
        public var installPath: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "installPath")
        }

        /// The `type` field.
        public var type: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "type")
        }

        /// The `format` field.
        public var format: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "format")
        }

        /// The `size` field.
        public var size: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "size")
        }

        /// The `actualSize` field.
        public var actualSize: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "actualSize")
        }

        /// The `deviceId` field.
        public var deviceId: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "deviceId")
        }

        /// The `state` field.
        public var state: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "state")
        }

        /// The `status` field.
        public var status: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "status")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }

        /// The `isShareable` field.
        public var isShareable: ZStackQueryField<Root, Bool> {
            ZStackQueryField(pathFromRoot, "isShareable")
        }

        /// The `volumeQos` field.
        public var volumeQos: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "volumeQos")
        }

        /// The `lastDetachDate` field.
        public var lastDetachDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastDetachDate")
        }

        /// The `lastVmInstanceUuid` field.
        public var lastVmInstanceUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "lastVmInstanceUuid")
        }
    }
}
