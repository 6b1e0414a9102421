/// 资源的CPU和内存容量信息结构
public nonisolated struct CpuMemoryCapacityData: Codable, Sendable, Hashable {
    /// 资源UUID
    public var resourceUuid: String?

    /// CPU总数
    public var totalCpu: Int64?

    /// 可用CPU数量
    public var availableCpu: Int64?

    /// 内存总量
    public var totalMemory: Int64?

    /// 可用内存
    public var availableMemory: Int64?

    /// 受管理的物理CPU数量
    public var managedCpuNum: Int64?

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

    private enum CodingKeys: String, CodingKey {
        case resourceUuid = "resourceUuid"
        case totalCpu = "totalCpu"
        case availableCpu = "availableCpu"
        case totalMemory = "totalMemory"
        case availableMemory = "availableMemory"
        case managedCpuNum = "managedCpuNum"
    }
}
