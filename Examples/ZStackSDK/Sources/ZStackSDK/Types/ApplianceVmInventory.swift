public import Foundation

/// `ApplianceVmInventory`, as the API describes it.
public nonisolated final class ApplianceVmInventory: Codable, Sendable, Hashable {
    /// The `applianceVmType` field.
    public let applianceVmType: String?

    /// The `managementNetworkUuid` field.
    public let managementNetworkUuid: String?

    /// The `defaultRouteL3NetworkUuid` field.
    public let defaultRouteL3NetworkUuid: String?

    /// The `status` field.
    public let status: String?

    /// The `agentPort` field.
    public let agentPort: Int?

    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// 区域UUID
    public let zoneUuid: String?

    /// 集群UUID
    public let clusterUuid: String?

    /// 镜像UUID
    public let imageUuid: String?

    /// 物理机UUID
    public let hostUuid: String?

    /// The `lastHostUuid` field.
    public let lastHostUuid: String?

    /// 计算规格UUID
    public let instanceOfferingUuid: String?

    /// 根云盘UUID
    public let rootVolumeUuid: String?

    /// The `platform` field.
    public let platform: String?

    /// The `defaultL3NetworkUuid` field.
    public let defaultL3NetworkUuid: String?

    /// The `type` field.
    public let type: String?

    /// The `hypervisorType` field.
    public let hypervisorType: String?

    /// The `memorySize` field.
    public let memorySize: Int64?

    /// The `cpuNum` field.
    public let cpuNum: Int?

    /// The `cpuSpeed` field.
    public let cpuSpeed: Int64?

    /// The `allocatorStrategy` field.
    public let allocatorStrategy: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `state` field.
    public let state: String?

    /// The `vmNics` field.
    public let vmNics: [VmNicInventory]?

    /// The `allVolumes` field.
    public let allVolumes: [VolumeInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - applianceVmType: The `applianceVmType` field.
    ///   - managementNetworkUuid: The `managementNetworkUuid` field.
    ///   - defaultRouteL3NetworkUuid: The `defaultRouteL3NetworkUuid` field.
    ///   - status: The `status` field.
    ///   - agentPort: The `agentPort` field.
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - zoneUuid: 区域UUID
    ///   - clusterUuid: 集群UUID
    ///   - imageUuid: 镜像UUID
    ///   - hostUuid: 物理机UUID
    ///   - lastHostUuid: The `lastHostUuid` field.
    ///   - instanceOfferingUuid: 计算规格UUID
    ///   - rootVolumeUuid: 根云盘UUID
    ///   - platform: The `platform` field.
    ///   - defaultL3NetworkUuid: The `defaultL3NetworkUuid` field.
    ///   - type: The `type` field.
    ///   - hypervisorType: The `hypervisorType` field.
    ///   - memorySize: The `memorySize` field.
    ///   - cpuNum: The `cpuNum` field.
    ///   - cpuSpeed: The `cpuSpeed` field.
    ///   - allocatorStrategy: The `allocatorStrategy` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - state: The `state` field.
    ///   - vmNics: The `vmNics` field.
    ///   - allVolumes: The `allVolumes` field.
    public init(
        applianceVmType: String? = nil,
        managementNetworkUuid: String? = nil,
        defaultRouteL3NetworkUuid: String? = nil,
        status: String? = nil,
        agentPort: Int? = nil,
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        zoneUuid: String? = nil,
        clusterUuid: String? = nil,
        imageUuid: String? = nil,
        hostUuid: String? = nil,
        lastHostUuid: String? = nil,
        instanceOfferingUuid: String? = nil,
        rootVolumeUuid: String? = nil,
        platform: String? = nil,
        defaultL3NetworkUuid: String? = nil,
        type: String? = nil,
        hypervisorType: String? = nil,
        memorySize: Int64? = nil,
        cpuNum: Int? = nil,
        cpuSpeed: Int64? = nil,
        allocatorStrategy: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        state: String? = nil,
        vmNics: [VmNicInventory]? = nil,
        allVolumes: [VolumeInventory]? = nil
    ) {
        self.applianceVmType = applianceVmType
        self.managementNetworkUuid = managementNetworkUuid
        self.defaultRouteL3NetworkUuid = defaultRouteL3NetworkUuid
        self.status = status
        self.agentPort = agentPort
        self.uuid = uuid
        self.name = name
        self.description = description
        self.zoneUuid = zoneUuid
        self.clusterUuid = clusterUuid
        self.imageUuid = imageUuid
        self.hostUuid = hostUuid
        self.lastHostUuid = lastHostUuid
        self.instanceOfferingUuid = instanceOfferingUuid
        self.rootVolumeUuid = rootVolumeUuid
        self.platform = platform
        self.defaultL3NetworkUuid = defaultL3NetworkUuid
        self.type = type
        self.hypervisorType = hypervisorType
        self.memorySize = memorySize
        self.cpuNum = cpuNum
        self.cpuSpeed = cpuSpeed
        self.allocatorStrategy = allocatorStrategy
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.state = state
        self.vmNics = vmNics
        self.allVolumes = allVolumes
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.applianceVmType = try object.optionalValue(String.self, forKey: "applianceVmType")
        self.managementNetworkUuid = try object.optionalValue(String.self, forKey: "managementNetworkUuid")
        self.defaultRouteL3NetworkUuid = try object.optionalValue(String.self, forKey: "defaultRouteL3NetworkUuid")
        self.status = try object.optionalValue(String.self, forKey: "status")
        self.agentPort = try object.optionalValue(Int.self, forKey: "agentPort")
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.zoneUuid = try object.optionalValue(String.self, forKey: "zoneUuid")
        self.clusterUuid = try object.optionalValue(String.self, forKey: "clusterUuid")
        self.imageUuid = try object.optionalValue(String.self, forKey: "imageUuid")
        self.hostUuid = try object.optionalValue(String.self, forKey: "hostUuid")
        self.lastHostUuid = try object.optionalValue(String.self, forKey: "lastHostUuid")
        self.instanceOfferingUuid = try object.optionalValue(String.self, forKey: "instanceOfferingUuid")
        self.rootVolumeUuid = try object.optionalValue(String.self, forKey: "rootVolumeUuid")
        self.platform = try object.optionalValue(String.self, forKey: "platform")
        self.defaultL3NetworkUuid = try object.optionalValue(String.self, forKey: "defaultL3NetworkUuid")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.hypervisorType = try object.optionalValue(String.self, forKey: "hypervisorType")
        self.memorySize = try object.optionalValue(Int64.self, forKey: "memorySize")
        self.cpuNum = try object.optionalValue(Int.self, forKey: "cpuNum")
        self.cpuSpeed = try object.optionalValue(Int64.self, forKey: "cpuSpeed")
        self.allocatorStrategy = try object.optionalValue(String.self, forKey: "allocatorStrategy")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.state = try object.optionalValue(String.self, forKey: "state")
        self.vmNics = try object.optionalValue([VmNicInventory].self, forKey: "vmNics")
        self.allVolumes = try object.optionalValue([VolumeInventory].self, forKey: "allVolumes")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.applianceVmType, forKey: "applianceVmType")
        try object.encodeValue(self.managementNetworkUuid, forKey: "managementNetworkUuid")
        try object.encodeValue(self.defaultRouteL3NetworkUuid, forKey: "defaultRouteL3NetworkUuid")
        try object.encodeValue(self.status, forKey: "status")
        try object.encodeValue(self.agentPort, forKey: "agentPort")
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.zoneUuid, forKey: "zoneUuid")
        try object.encodeValue(self.clusterUuid, forKey: "clusterUuid")
        try object.encodeValue(self.imageUuid, forKey: "imageUuid")
        try object.encodeValue(self.hostUuid, forKey: "hostUuid")
        try object.encodeValue(self.lastHostUuid, forKey: "lastHostUuid")
        try object.encodeValue(self.instanceOfferingUuid, forKey: "instanceOfferingUuid")
        try object.encodeValue(self.rootVolumeUuid, forKey: "rootVolumeUuid")
        try object.encodeValue(self.platform, forKey: "platform")
        try object.encodeValue(self.defaultL3NetworkUuid, forKey: "defaultL3NetworkUuid")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.hypervisorType, forKey: "hypervisorType")
        try object.encodeValue(self.memorySize, forKey: "memorySize")
        try object.encodeValue(self.cpuNum, forKey: "cpuNum")
        try object.encodeValue(self.cpuSpeed, forKey: "cpuSpeed")
        try object.encodeValue(self.allocatorStrategy, forKey: "allocatorStrategy")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.vmNics, forKey: "vmNics")
        try object.encodeValue(self.allVolumes, forKey: "allVolumes")
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
    public static func fieldsAreEqual(_ lhs: ApplianceVmInventory, _ rhs: ApplianceVmInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.applianceVmType, rhs.applianceVmType) else { return false }
        guard ZStackFieldwise.same(lhs.managementNetworkUuid, rhs.managementNetworkUuid) else { return false }
        guard ZStackFieldwise.same(lhs.defaultRouteL3NetworkUuid, rhs.defaultRouteL3NetworkUuid) else { return false }
        guard ZStackFieldwise.same(lhs.status, rhs.status) else { return false }
        guard ZStackFieldwise.same(lhs.agentPort, rhs.agentPort) else { return false }
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
        guard ZStackFieldwise.same(lhs.clusterUuid, rhs.clusterUuid) else { return false }
        guard ZStackFieldwise.same(lhs.imageUuid, rhs.imageUuid) else { return false }
        guard ZStackFieldwise.same(lhs.hostUuid, rhs.hostUuid) else { return false }
        guard ZStackFieldwise.same(lhs.lastHostUuid, rhs.lastHostUuid) else { return false }
        guard ZStackFieldwise.same(lhs.instanceOfferingUuid, rhs.instanceOfferingUuid) else { return false }
        guard ZStackFieldwise.same(lhs.rootVolumeUuid, rhs.rootVolumeUuid) else { return false }
        guard ZStackFieldwise.same(lhs.platform, rhs.platform) else { return false }
        guard ZStackFieldwise.same(lhs.defaultL3NetworkUuid, rhs.defaultL3NetworkUuid) else { return false }
        guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
        guard ZStackFieldwise.same(lhs.hypervisorType, rhs.hypervisorType) else { return false }
        guard ZStackFieldwise.same(lhs.memorySize, rhs.memorySize) else { return false }
        guard ZStackFieldwise.same(lhs.cpuNum, rhs.cpuNum) else { return false }
        guard ZStackFieldwise.same(lhs.cpuSpeed, rhs.cpuSpeed) else { return false }
        guard ZStackFieldwise.same(lhs.allocatorStrategy, rhs.allocatorStrategy) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
        guard ZStackFieldwise.same(lhs.vmNics, rhs.vmNics) else { return false }
        return ZStackFieldwise.same(lhs.allVolumes, rhs.allVolumes)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.applianceVmType)
        hasher.combine(self.managementNetworkUuid)
        hasher.combine(self.defaultRouteL3NetworkUuid)
        hasher.combine(self.status)
        hasher.combine(self.agentPort)
        hasher.combine(self.uuid)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.zoneUuid)
        hasher.combine(self.clusterUuid)
        hasher.combine(self.imageUuid)
        hasher.combine(self.hostUuid)
        hasher.combine(self.lastHostUuid)
        hasher.combine(self.instanceOfferingUuid)
        hasher.combine(self.rootVolumeUuid)
        hasher.combine(self.platform)
        hasher.combine(self.defaultL3NetworkUuid)
        hasher.combine(self.type)
        hasher.combine(self.hypervisorType)
        hasher.combine(self.memorySize)
        hasher.combine(self.cpuNum)
        hasher.combine(self.cpuSpeed)
        hasher.combine(self.allocatorStrategy)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.state)
        hasher.combine(self.vmNics)
        hasher.combine(self.allVolumes)
    }
}

nonisolated extension ApplianceVmInventory {
    /// The fields of ``ApplianceVmInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.applianceVmType == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``ApplianceVmInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.applianceVmType`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``ApplianceVmInventory`` for its own conditions.
        public init() where Root == ApplianceVmInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``ApplianceVmInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// The `applianceVmType` field.
        public var applianceVmType: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "applianceVmType")
        }

        /// The `managementNetworkUuid` field.
        public var managementNetworkUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "managementNetworkUuid")
        }

        /// The `defaultRouteL3NetworkUuid` field.
        public var defaultRouteL3NetworkUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "defaultRouteL3NetworkUuid")
        }

        /// The `status` field.
        public var status: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "status")
        }

        /// The `agentPort` field.
        public var agentPort: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "agentPort")
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

        /// 区域UUID
        public var zoneUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "zoneUuid")
        }

        /// 集群UUID
        public var clusterUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "clusterUuid")
        }

        /// 镜像UUID
        public var imageUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "imageUuid")
        }

        /// 物理机UUID
        public var hostUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "hostUuid")
        }

        /// The `lastHostUuid` field.
        public var lastHostUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "lastHostUuid")
        }

        /// 计算规格UUID
        public var instanceOfferingUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "instanceOfferingUuid")
        }

        /// 根云盘UUID
        public var rootVolumeUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "rootVolumeUuid")
        }

        /// The `platform` field.
        public var platform: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "platform")
        }

        /// The `defaultL3NetworkUuid` field.
        public var defaultL3NetworkUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "defaultL3NetworkUuid")
        }

        /// The `type` field.
        public var type: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "type")
        }

        /// The `hypervisorType` field.
        public var hypervisorType: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "hypervisorType")
        }

        /// The `memorySize` field.
        public var memorySize: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "memorySize")
        }

        /// The `cpuNum` field.
        public var cpuNum: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "cpuNum")
        }

        /// The `cpuSpeed` field.
        public var cpuSpeed: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "cpuSpeed")
        }

        /// The `allocatorStrategy` field.
        public var allocatorStrategy: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "allocatorStrategy")
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

        /// The `vmNics` field. Its fields are compared as `vmNics.<field>`: an item matches when one of its `vmNics`
        /// does.
        public var vmNics: VmNicInventory.QueryFields<Root> {
            VmNicInventory.QueryFields(path: pathFromRoot.appending("vmNics"))
        }

        /// The `allVolumes` field. Its fields are compared as `allVolumes.<field>`: an item matches when one of its
        /// `allVolumes` does.
        public var allVolumes: VolumeInventory.QueryFields<Root> {
            VolumeInventory.QueryFields(path: pathFromRoot.appending("allVolumes"))
        }
    }
}
