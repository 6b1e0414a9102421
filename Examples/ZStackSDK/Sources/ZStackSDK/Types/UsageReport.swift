/// 存储预测容量报告
public nonisolated struct UsageReport: Codable, Sendable, Hashable {
    /// The `usedPhysicalCapacitiesForecast` field.
    public var usedPhysicalCapacitiesForecast: [Int64]?

    /// The `UsedPhysicalCapacitiesHistory` field.
    public var usedPhysicalCapacitiesHistory: [ZStackJSONValue]?

    /// The `TotalPhysicalCapacitiesHistory` field.
    public var totalPhysicalCapacitiesHistory: [ZStackJSONValue]?

    /// The `startTime` field.
    public var startTime: Int64?

    /// The `interval` field.
    public var interval: Int64?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - usedPhysicalCapacitiesForecast: The `usedPhysicalCapacitiesForecast` field.
    ///   - usedPhysicalCapacitiesHistory: The `UsedPhysicalCapacitiesHistory` field.
    ///   - totalPhysicalCapacitiesHistory: The `TotalPhysicalCapacitiesHistory` field.
    ///   - startTime: The `startTime` field.
    ///   - interval: The `interval` field.
    public init(
        usedPhysicalCapacitiesForecast: [Int64]? = nil,
        usedPhysicalCapacitiesHistory: [ZStackJSONValue]? = nil,
        totalPhysicalCapacitiesHistory: [ZStackJSONValue]? = nil,
        startTime: Int64? = nil,
        interval: Int64? = nil
    ) {
        self.usedPhysicalCapacitiesForecast = usedPhysicalCapacitiesForecast
        self.usedPhysicalCapacitiesHistory = usedPhysicalCapacitiesHistory
        self.totalPhysicalCapacitiesHistory = totalPhysicalCapacitiesHistory
        self.startTime = startTime
        self.interval = interval
    }

    private enum CodingKeys: String, CodingKey {
        case usedPhysicalCapacitiesForecast = "usedPhysicalCapacitiesForecast"
        case usedPhysicalCapacitiesHistory = "UsedPhysicalCapacitiesHistory"
        case totalPhysicalCapacitiesHistory = "TotalPhysicalCapacitiesHistory"
        case startTime = "startTime"
        case interval = "interval"
    }
}
