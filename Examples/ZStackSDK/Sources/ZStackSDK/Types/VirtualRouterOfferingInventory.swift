public import Foundation

/// `VirtualRouterOfferingInventory`, as the API describes it.
public nonisolated final class VirtualRouterOfferingInventory: Codable, Sendable, Hashable {
    /// The `managementNetworkUuid` field.
    public let managementNetworkUuid: String?

    /// The `publicNetworkUuid` field.
    public let publicNetworkUuid: String?

    /// 区域UUID
    public let zoneUuid: String?

    /// The `isDefault` field.
    public let isDefault: Bool?

    /// 镜像UUID
    public let imageUuid: String?

    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// The `cpuNum` field.
    public let cpuNum: Int?

    /// The `cpuSpeed` field.
    public let cpuSpeed: Int?

    /// The `memorySize` field.
    public let memorySize: Int64?

    /// The `type` field.
    public let type: String?

    /// The `allocatorStrategy` field.
    public let allocatorStrategy: String?

    /// The `sortKey` field.
    public let sortKey: Int?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `state` field.
    public let state: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - managementNetworkUuid: The `managementNetworkUuid` field.
    ///   - publicNetworkUuid: The `publicNetworkUuid` field.
    ///   - zoneUuid: 区域UUID
    ///   - isDefault: The `isDefault` field.
    ///   - imageUuid: 镜像UUID
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - cpuNum: The `cpuNum` field.
    ///   - cpuSpeed: The `cpuSpeed` field.
    ///   - memorySize: The `memorySize` field.
    ///   - type: The `type` field.
    ///   - allocatorStrategy: The `allocatorStrategy` field.
    ///   - sortKey: The `sortKey` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - state: The `state` field.
    public init(
        managementNetworkUuid: String? = nil,
        publicNetworkUuid: String? = nil,
        zoneUuid: String? = nil,
        isDefault: Bool? = nil,
        imageUuid: String? = nil,
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        cpuNum: Int? = nil,
        cpuSpeed: Int? = nil,
        memorySize: Int64? = nil,
        type: String? = nil,
        allocatorStrategy: String? = nil,
        sortKey: Int? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        state: String? = nil
    ) {
        self.managementNetworkUuid = managementNetworkUuid
        self.publicNetworkUuid = publicNetworkUuid
        self.zoneUuid = zoneUuid
        self.isDefault = isDefault
        self.imageUuid = imageUuid
        self.uuid = uuid
        self.name = name
        self.description = description
        self.cpuNum = cpuNum
        self.cpuSpeed = cpuSpeed
        self.memorySize = memorySize
        self.type = type
        self.allocatorStrategy = allocatorStrategy
        self.sortKey = sortKey
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.state = state
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.managementNetworkUuid = try object.optionalValue(String.self, forKey: "managementNetworkUuid")
        self.publicNetworkUuid = try object.optionalValue(String.self, forKey: "publicNetworkUuid")
        self.zoneUuid = try object.optionalValue(String.self, forKey: "zoneUuid")
        self.isDefault = try object.optionalValue(Bool.self, forKey: "isDefault")
        self.imageUuid = try object.optionalValue(String.self, forKey: "imageUuid")
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.cpuNum = try object.optionalValue(Int.self, forKey: "cpuNum")
        self.cpuSpeed = try object.optionalValue(Int.self, forKey: "cpuSpeed")
        self.memorySize = try object.optionalValue(Int64.self, forKey: "memorySize")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.allocatorStrategy = try object.optionalValue(String.self, forKey: "allocatorStrategy")
        self.sortKey = try object.optionalValue(Int.self, forKey: "sortKey")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.state = try object.optionalValue(String.self, forKey: "state")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.managementNetworkUuid, forKey: "managementNetworkUuid")
        try object.encodeValue(self.publicNetworkUuid, forKey: "publicNetworkUuid")
        try object.encodeValue(self.zoneUuid, forKey: "zoneUuid")
        try object.encodeValue(self.isDefault, forKey: "isDefault")
        try object.encodeValue(self.imageUuid, forKey: "imageUuid")
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.cpuNum, forKey: "cpuNum")
        try object.encodeValue(self.cpuSpeed, forKey: "cpuSpeed")
        try object.encodeValue(self.memorySize, forKey: "memorySize")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.allocatorStrategy, forKey: "allocatorStrategy")
        try object.encodeValue(self.sortKey, forKey: "sortKey")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.state, forKey: "state")
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
        _ lhs: VirtualRouterOfferingInventory,
        _ rhs: VirtualRouterOfferingInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.managementNetworkUuid, rhs.managementNetworkUuid) else { return false }
        guard ZStackFieldwise.same(lhs.publicNetworkUuid, rhs.publicNetworkUuid) else { return false }
        guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
        guard ZStackFieldwise.same(lhs.isDefault, rhs.isDefault) else { return false }
        guard ZStackFieldwise.same(lhs.imageUuid, rhs.imageUuid) else { return false }
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.cpuNum, rhs.cpuNum) else { return false }
        guard ZStackFieldwise.same(lhs.cpuSpeed, rhs.cpuSpeed) else { return false }
        guard ZStackFieldwise.same(lhs.memorySize, rhs.memorySize) else { return false }
        guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
        guard ZStackFieldwise.same(lhs.allocatorStrategy, rhs.allocatorStrategy) else { return false }
        guard ZStackFieldwise.same(lhs.sortKey, rhs.sortKey) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        return ZStackFieldwise.same(lhs.state, rhs.state)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.managementNetworkUuid)
        hasher.combine(self.publicNetworkUuid)
        hasher.combine(self.zoneUuid)
        hasher.combine(self.isDefault)
        hasher.combine(self.imageUuid)
        hasher.combine(self.uuid)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.cpuNum)
        hasher.combine(self.cpuSpeed)
        hasher.combine(self.memorySize)
        hasher.combine(self.type)
        hasher.combine(self.allocatorStrategy)
        hasher.combine(self.sortKey)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.state)
    }
}

nonisolated extension VirtualRouterOfferingInventory {
    /// The fields of ``VirtualRouterOfferingInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.managementNetworkUuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``VirtualRouterOfferingInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.managementNetworkUuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``VirtualRouterOfferingInventory`` for its own conditions.
        public init() where Root == VirtualRouterOfferingInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``VirtualRouterOfferingInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// The `managementNetworkUuid` field.
        public var managementNetworkUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "managementNetworkUuid")
        }

        /// The `publicNetworkUuid` field.
        public var publicNetworkUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "publicNetworkUuid")
        }

        /// 区域UUID
        public var zoneUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "zoneUuid")
        }

        /// The `isDefault` field.
        public var isDefault: ZStackQueryField<Root, Bool> {
            ZStackQueryField(pathFromRoot, "isDefault")
        }

        /// 镜像UUID
        public var imageUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "imageUuid")
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

        /// The `cpuNum` field.
        public var cpuNum: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "cpuNum")
        }

        /// The `cpuSpeed` field.
        public var cpuSpeed: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "cpuSpeed")
        }

        /// The `memorySize` field.
        public var memorySize: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "memorySize")
        }

        /// The `type` field.
        public var type: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "type")
        }

        /// The `allocatorStrategy` field.
        public var allocatorStrategy: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "allocatorStrategy")
        }

        /// The `sortKey` field.
        public var sortKey: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "sortKey")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }

        /// The `state` field.
        public var state: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "state")
        }
    }
}
