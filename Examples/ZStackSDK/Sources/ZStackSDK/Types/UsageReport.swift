/// 存储预测容量报告
public nonisolated final class UsageReport: Codable, Sendable, Hashable {
    /// The `usedPhysicalCapacitiesForecast` field.
    public let usedPhysicalCapacitiesForecast: [Int64]?

    /// The `UsedPhysicalCapacitiesHistory` field.
    public let usedPhysicalCapacitiesHistory: [ZStackJSONValue]?

    /// The `TotalPhysicalCapacitiesHistory` field.
    public let totalPhysicalCapacitiesHistory: [ZStackJSONValue]?

    /// The `startTime` field.
    public let startTime: Int64?

    /// The `interval` field.
    public let interval: Int64?

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

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.usedPhysicalCapacitiesForecast = try object.optionalValue(
            [Int64].self,
            forKey: "usedPhysicalCapacitiesForecast"
        )
        self.usedPhysicalCapacitiesHistory = try object.optionalValue(
            [ZStackJSONValue].self,
            forKey: "UsedPhysicalCapacitiesHistory"
        )
        self.totalPhysicalCapacitiesHistory = try object.optionalValue(
            [ZStackJSONValue].self,
            forKey: "TotalPhysicalCapacitiesHistory"
        )
        self.startTime = try object.optionalValue(Int64.self, forKey: "startTime")
        self.interval = try object.optionalValue(Int64.self, forKey: "interval")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.usedPhysicalCapacitiesForecast, forKey: "usedPhysicalCapacitiesForecast")
        try object.encodeValue(self.usedPhysicalCapacitiesHistory, forKey: "UsedPhysicalCapacitiesHistory")
        try object.encodeValue(self.totalPhysicalCapacitiesHistory, forKey: "TotalPhysicalCapacitiesHistory")
        try object.encodeValue(self.startTime, forKey: "startTime")
        try object.encodeValue(self.interval, forKey: "interval")
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
    public static func fieldsAreEqual(_ lhs: UsageReport, _ rhs: UsageReport) -> Bool {
        guard ZStackFieldwise.same(
            lhs.usedPhysicalCapacitiesForecast,
            rhs.usedPhysicalCapacitiesForecast
        ) else { return false }
        guard ZStackFieldwise.same(
            lhs.usedPhysicalCapacitiesHistory,
            rhs.usedPhysicalCapacitiesHistory
        ) else { return false }
        guard ZStackFieldwise.same(
            lhs.totalPhysicalCapacitiesHistory,
            rhs.totalPhysicalCapacitiesHistory
        ) else { return false }
        guard ZStackFieldwise.same(lhs.startTime, rhs.startTime) else { return false }
        return ZStackFieldwise.same(lhs.interval, rhs.interval)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.usedPhysicalCapacitiesForecast)
        hasher.combine(self.usedPhysicalCapacitiesHistory)
        hasher.combine(self.totalPhysicalCapacitiesHistory)
        hasher.combine(self.startTime)
        hasher.combine(self.interval)
    }
}
