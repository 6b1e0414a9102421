public import Foundation

/// 根云盘可选主存储
public nonisolated final class PrimaryStorageInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 区域UUID
    public let zoneUuid: String?

    /// 资源名称
    public let name: String?

    /// The `url` field.
    public let url: String?

    /// 资源的详细描述
    public let description: String?

    /// The `totalCapacity` field.
    public let totalCapacity: Int64?

    /// The `availableCapacity` field.
    public let availableCapacity: Int64?

    /// The `totalPhysicalCapacity` field.
    public let totalPhysicalCapacity: Int64?

    /// The `availablePhysicalCapacity` field.
    public let availablePhysicalCapacity: Int64?

    /// The `systemUsedCapacity` field.
    public let systemUsedCapacity: Int64?

    /// The `type` field.
    public let type: String?

    /// The `state` field.
    public let state: String?

    /// The `status` field.
    public let status: String?

    /// The `mountPath` field.
    public let mountPath: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `attachedClusterUuids` field.
    public let attachedClusterUuids: [String]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - zoneUuid: 区域UUID
    ///   - name: 资源名称
    ///   - url: The `url` field.
    ///   - description: 资源的详细描述
    ///   - totalCapacity: The `totalCapacity` field.
    ///   - availableCapacity: The `availableCapacity` field.
    ///   - totalPhysicalCapacity: The `totalPhysicalCapacity` field.
    ///   - availablePhysicalCapacity: The `availablePhysicalCapacity` field.
    ///   - systemUsedCapacity: The `systemUsedCapacity` field.
    ///   - type: The `type` field.
    ///   - state: The `state` field.
    ///   - status: The `status` field.
    ///   - mountPath: The `mountPath` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - attachedClusterUuids: The `attachedClusterUuids` field.
    public init(
        uuid: String? = nil,
        zoneUuid: String? = nil,
        name: String? = nil,
        url: String? = nil,
        description: String? = nil,
        totalCapacity: Int64? = nil,
        availableCapacity: Int64? = nil,
        totalPhysicalCapacity: Int64? = nil,
        availablePhysicalCapacity: Int64? = nil,
        systemUsedCapacity: Int64? = nil,
        type: String? = nil,
        state: String? = nil,
        status: String? = nil,
        mountPath: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        attachedClusterUuids: [String]? = nil
    ) {
        self.uuid = uuid
        self.zoneUuid = zoneUuid
        self.name = name
        self.url = url
        self.description = description
        self.totalCapacity = totalCapacity
        self.availableCapacity = availableCapacity
        self.totalPhysicalCapacity = totalPhysicalCapacity
        self.availablePhysicalCapacity = availablePhysicalCapacity
        self.systemUsedCapacity = systemUsedCapacity
        self.type = type
        self.state = state
        self.status = status
        self.mountPath = mountPath
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.attachedClusterUuids = attachedClusterUuids
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.zoneUuid = try object.optionalValue(String.self, forKey: "zoneUuid")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.url = try object.optionalValue(String.self, forKey: "url")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.totalCapacity = try object.optionalValue(Int64.self, forKey: "totalCapacity")
        self.availableCapacity = try object.optionalValue(Int64.self, forKey: "availableCapacity")
        self.totalPhysicalCapacity = try object.optionalValue(Int64.self, forKey: "totalPhysicalCapacity")
        self.availablePhysicalCapacity = try object.optionalValue(Int64.self, forKey: "availablePhysicalCapacity")
        self.systemUsedCapacity = try object.optionalValue(Int64.self, forKey: "systemUsedCapacity")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.state = try object.optionalValue(String.self, forKey: "state")
        self.status = try object.optionalValue(String.self, forKey: "status")
        self.mountPath = try object.optionalValue(String.self, forKey: "mountPath")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.attachedClusterUuids = try object.optionalValue([String].self, forKey: "attachedClusterUuids")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.zoneUuid, forKey: "zoneUuid")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.url, forKey: "url")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.totalCapacity, forKey: "totalCapacity")
        try object.encodeValue(self.availableCapacity, forKey: "availableCapacity")
        try object.encodeValue(self.totalPhysicalCapacity, forKey: "totalPhysicalCapacity")
        try object.encodeValue(self.availablePhysicalCapacity, forKey: "availablePhysicalCapacity")
        try object.encodeValue(self.systemUsedCapacity, forKey: "systemUsedCapacity")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.status, forKey: "status")
        try object.encodeValue(self.mountPath, forKey: "mountPath")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.attachedClusterUuids, forKey: "attachedClusterUuids")
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
    public static func fieldsAreEqual(_ lhs: PrimaryStorageInventory, _ rhs: PrimaryStorageInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.url, rhs.url) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.totalCapacity, rhs.totalCapacity) else { return false }
        guard ZStackFieldwise.same(lhs.availableCapacity, rhs.availableCapacity) else { return false }
        guard ZStackFieldwise.same(lhs.totalPhysicalCapacity, rhs.totalPhysicalCapacity) else { return false }
        guard ZStackFieldwise.same(lhs.availablePhysicalCapacity, rhs.availablePhysicalCapacity) else { return false }
        guard ZStackFieldwise.same(lhs.systemUsedCapacity, rhs.systemUsedCapacity) else { return false }
        guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
        guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
        guard ZStackFieldwise.same(lhs.status, rhs.status) else { return false }
        guard ZStackFieldwise.same(lhs.mountPath, rhs.mountPath) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        return ZStackFieldwise.same(lhs.attachedClusterUuids, rhs.attachedClusterUuids)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.zoneUuid)
        hasher.combine(self.name)
        hasher.combine(self.url)
        hasher.combine(self.description)
        hasher.combine(self.totalCapacity)
        hasher.combine(self.availableCapacity)
        hasher.combine(self.totalPhysicalCapacity)
        hasher.combine(self.availablePhysicalCapacity)
        hasher.combine(self.systemUsedCapacity)
        hasher.combine(self.type)
        hasher.combine(self.state)
        hasher.combine(self.status)
        hasher.combine(self.mountPath)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.attachedClusterUuids)
    }
}

nonisolated extension PrimaryStorageInventory {
    /// The fields of ``PrimaryStorageInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``PrimaryStorageInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``PrimaryStorageInventory`` for its own conditions.
        public init() where Root == PrimaryStorageInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``PrimaryStorageInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 区域UUID
        public var zoneUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "zoneUuid")
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// The `url` field.
        public var url: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "url")
        }

        /// 资源的详细描述
        public var description: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "description")
        }

        /// The `totalCapacity` field.
        public var totalCapacity: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "totalCapacity")
        }

        /// The `availableCapacity` field.
        public var availableCapacity: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "availableCapacity")
        }

        /// The `totalPhysicalCapacity` field.
        public var totalPhysicalCapacity: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "totalPhysicalCapacity")
        }

        /// The `availablePhysicalCapacity` field.
        public var availablePhysicalCapacity: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "availablePhysicalCapacity")
        }

        /// The `systemUsedCapacity` field.
        public var systemUsedCapacity: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "systemUsedCapacity")
        }

        /// The `type` field.
        public var type: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "type")
        }

        /// The `state` field.
        public var state: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "state")
        }

        /// The `status` field.
        public var status: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "status")
        }

        /// The `mountPath` field.
        public var mountPath: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "mountPath")
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
