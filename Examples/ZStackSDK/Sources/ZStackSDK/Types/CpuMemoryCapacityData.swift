/// 资源的CPU和内存容量信息结构
public nonisolated final class CpuMemoryCapacityData: Codable, Sendable, Hashable {
    /// 资源UUID
    public let resourceUuid: String?

    /// CPU总数
    public let totalCpu: Int64?

    /// 可用CPU数量
    public let availableCpu: Int64?

    /// 内存总量
    public let totalMemory: Int64?

    /// 可用内存
    public let availableMemory: Int64?

    /// 受管理的物理CPU数量
    public let managedCpuNum: Int64?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - resourceUuid: 资源UUID
    ///   - totalCpu: CPU总数
    ///   - availableCpu: 可用CPU数量
    ///   - totalMemory: 内存总量
    ///   - availableMemory: 可用内存
    ///   - managedCpuNum: 受管理的物理CPU数量
    public init(
        resourceUuid: String? = nil,
        totalCpu: Int64? = nil,
        availableCpu: Int64? = nil,
        totalMemory: Int64? = nil,
        availableMemory: Int64? = nil,
        managedCpuNum: Int64? = nil
    ) {
        self.resourceUuid = resourceUuid
        self.totalCpu = totalCpu
        self.availableCpu = availableCpu
        self.totalMemory = totalMemory
        self.availableMemory = availableMemory
        self.managedCpuNum = managedCpuNum
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
        self.totalCpu = try object.optionalValue(Int64.self, forKey: "totalCpu")
        self.availableCpu = try object.optionalValue(Int64.self, forKey: "availableCpu")
        self.totalMemory = try object.optionalValue(Int64.self, forKey: "totalMemory")
        self.availableMemory = try object.optionalValue(Int64.self, forKey: "availableMemory")
        self.managedCpuNum = try object.optionalValue(Int64.self, forKey: "managedCpuNum")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.resourceUuid, forKey: "resourceUuid")
        try object.encodeValue(self.totalCpu, forKey: "totalCpu")
        try object.encodeValue(self.availableCpu, forKey: "availableCpu")
        try object.encodeValue(self.totalMemory, forKey: "totalMemory")
        try object.encodeValue(self.availableMemory, forKey: "availableMemory")
        try object.encodeValue(self.managedCpuNum, forKey: "managedCpuNum")
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
    public static func fieldsAreEqual(_ lhs: CpuMemoryCapacityData, _ rhs: CpuMemoryCapacityData) -> Bool {
        guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.totalCpu, rhs.totalCpu) else { return false }
        guard ZStackFieldwise.same(lhs.availableCpu, rhs.availableCpu) else { return false }
        guard ZStackFieldwise.same(lhs.totalMemory, rhs.totalMemory) else { return false }
        guard ZStackFieldwise.same(lhs.availableMemory, rhs.availableMemory) else { return false }
        return ZStackFieldwise.same(lhs.managedCpuNum, rhs.managedCpuNum)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.resourceUuid)
        hasher.combine(self.totalCpu)
        hasher.combine(self.availableCpu)
        hasher.combine(self.totalMemory)
        hasher.combine(self.availableMemory)
        hasher.combine(self.managedCpuNum)
    }
}
