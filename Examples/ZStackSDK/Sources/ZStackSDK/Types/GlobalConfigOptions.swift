/// 全局配置可选参数的数据结构
public nonisolated struct GlobalConfigOptions: Codable, Sendable, Hashable {
    /// The `validValue` field.
    public var validValue: [String]?

    /// The `numberGreaterThan` field.
    public var numberGreaterThan: Int64?

    /// The `numberLessThan` field.
    public var numberLessThan: Int64?

    /// 大于等于
    public var numberGreaterThanOrEqual: Int64?

    /// 小于等于
    public var numberLessThanOrEqual: Int64?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - validValue: The `validValue` field.
    ///   - numberGreaterThan: The `numberGreaterThan` field.
    ///   - numberLessThan: The `numberLessThan` field.
    ///   - numberGreaterThanOrEqual: 大于等于
    ///   - numberLessThanOrEqual: 小于等于
    public init(
        validValue: [String]? = nil,
        numberGreaterThan: Int64? = nil,
        numberLessThan: Int64? = nil,
        numberGreaterThanOrEqual: Int64? = nil,
        numberLessThanOrEqual: Int64? = nil
    ) {
        self.validValue = validValue
        self.numberGreaterThan = numberGreaterThan
        self.numberLessThan = numberLessThan
        self.numberGreaterThanOrEqual = numberGreaterThanOrEqual
        self.numberLessThanOrEqual = numberLessThanOrEqual
    }

    private enum CodingKeys: String, CodingKey {
        case validValue = "validValue"
        case numberGreaterThan = "numberGreaterThan"
        case numberLessThan = "numberLessThan"
        case numberGreaterThanOrEqual = "numberGreaterThanOrEqual"
        case numberLessThanOrEqual = "numberLessThanOrEqual"
    }
}
