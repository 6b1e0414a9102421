public import FixtureSplitCore
public import Foundation

/// The matching VM instances
public nonisolated final class VmInstanceInventory: Codable, Sendable, Hashable {
    /// Resource UUID
    public let uuid: String?

    /// VM instance name
    public let name: String?

    /// Detailed description of the VM instance
    public let description: String?

    /// The state of the VM instance
    public let state: VmInstanceState?

    /// Memory size in bytes
    public let memorySize: Int64?

    /// Number of CPUs
    public let cpuNum: Int?

    /// The host that runs it, while it runs
    public let hostUuid: String?

    /// Creation time
    public let createDate: Date?

    /// Last modification time
    public let lastOpDate: Date?

    /// The network interfaces
    public let vmNics: [VmNicInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: Resource UUID
    ///   - name: VM instance name
    ///   - description: Detailed description of the VM instance
    ///   - state: The state of the VM instance
    ///   - memorySize: Memory size in bytes
    ///   - cpuNum: Number of CPUs
    ///   - hostUuid: The host that runs it, while it runs
    ///   - createDate: Creation time
    ///   - lastOpDate: Last modification time
    ///   - vmNics: The network interfaces
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        state: VmInstanceState? = nil,
        memorySize: Int64? = nil,
        cpuNum: Int? = nil,
        hostUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        vmNics: [VmNicInventory]? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.state = state
        self.memorySize = memorySize
        self.cpuNum = cpuNum
        self.hostUuid = hostUuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.vmNics = vmNics
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: FixtureCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.state = try object.optionalValue(VmInstanceState.self, forKey: "state")
        self.memorySize = try object.optionalValue(Int64.self, forKey: "memorySize")
        self.cpuNum = try object.optionalValue(Int.self, forKey: "cpuNum")
        self.hostUuid = try object.optionalValue(String.self, forKey: "hostUuid")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.vmNics = try object.optionalValue([VmNicInventory].self, forKey: "vmNics")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: FixtureCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.memorySize, forKey: "memorySize")
        try object.encodeValue(self.cpuNum, forKey: "cpuNum")
        try object.encodeValue(self.hostUuid, forKey: "hostUuid")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.vmNics, forKey: "vmNics")
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
    public static func fieldsAreEqual(_ lhs: VmInstanceInventory, _ rhs: VmInstanceInventory) -> Bool {
        guard FixtureFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard FixtureFieldwise.same(lhs.name, rhs.name) else { return false }
        guard FixtureFieldwise.same(lhs.description, rhs.description) else { return false }
        guard FixtureFieldwise.same(lhs.state, rhs.state) else { return false }
        guard FixtureFieldwise.same(lhs.memorySize, rhs.memorySize) else { return false }
        guard FixtureFieldwise.same(lhs.cpuNum, rhs.cpuNum) else { return false }
        guard FixtureFieldwise.same(lhs.hostUuid, rhs.hostUuid) else { return false }
        guard FixtureFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard FixtureFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        return FixtureFieldwise.same(lhs.vmNics, rhs.vmNics)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.state)
        hasher.combine(self.memorySize)
        hasher.combine(self.cpuNum)
        hasher.combine(self.hostUuid)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.vmNics)
    }
}

nonisolated extension VmInstanceInventory {
    /// The fields of ``VmInstanceInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``VmInstanceInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: FixtureQueryPath

        /// The fields of ``VmInstanceInventory`` for its own conditions.
        public init() where Root == VmInstanceInventory {
            self.pathFromRoot = FixtureQueryPath()
        }

        /// The fields of ``VmInstanceInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        package init(path: FixtureQueryPath) {
            self.pathFromRoot = path
        }

        /// Resource UUID
        public var uuid: FixtureQueryField<Root, String> {
            FixtureQueryField(pathFromRoot, "uuid")
        }

        /// VM instance name
        public var name: FixtureQueryField<Root, String> {
            FixtureQueryField(pathFromRoot, "name")
        }

        /// Detailed description of the VM instance
        public var description: FixtureQueryField<Root, String> {
            FixtureQueryField(pathFromRoot, "description")
        }

        /// The state of the VM instance
        public var state: FixtureQueryField<Root, VmInstanceState> {
            FixtureQueryField(pathFromRoot, "state")
        }

        /// Memory size in bytes
        public var memorySize: FixtureQueryField<Root, Int64> {
            FixtureQueryField(pathFromRoot, "memorySize")
        }

        /// Number of CPUs
        public var cpuNum: FixtureQueryField<Root, Int> {
            FixtureQueryField(pathFromRoot, "cpuNum")
        }

        /// The host that runs it, while it runs
        public var hostUuid: FixtureQueryField<Root, String> {
            FixtureQueryField(pathFromRoot, "hostUuid")
        }

        /// Creation time
        public var createDate: FixtureQueryField<Root, Date> {
            FixtureQueryField(pathFromRoot, "createDate")
        }

        /// Last modification time
        public var lastOpDate: FixtureQueryField<Root, Date> {
            FixtureQueryField(pathFromRoot, "lastOpDate")
        }

        /// The network interfaces. Its fields are compared as `vmNics.<field>`: an item matches when one of its
        /// `vmNics` does.
        public var vmNics: VmNicInventory.QueryFields<Root> {
            VmNicInventory.QueryFields(path: pathFromRoot.appending("vmNics"))
        }
    }
}
