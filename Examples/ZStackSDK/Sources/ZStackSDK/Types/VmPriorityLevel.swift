/// 云主机优先级枚举
public nonisolated struct VmPriorityLevel: Codable, Sendable, Hashable {
    /// The `Normal` field.
    public var normal: VmPriorityLevel? {
        get { normalStorage?.wrapped }
        set { normalStorage = newValue.map(ZStackIndirect.init) }
    }

    private var normalStorage: ZStackIndirect<VmPriorityLevel>?

    /// The `High` field.
    public var high: VmPriorityLevel? {
        get { highStorage?.wrapped }
        set { highStorage = newValue.map(ZStackIndirect.init) }
    }

    private var highStorage: ZStackIndirect<VmPriorityLevel>?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - normal: The `Normal` field.
    ///   - high: The `High` field.
    public init(normal: VmPriorityLevel? = nil, high: VmPriorityLevel? = nil) {
        self.normalStorage = normal.map(ZStackIndirect.init)
        self.highStorage = high.map(ZStackIndirect.init)
    }

    private enum CodingKeys: String, CodingKey {
        case normalStorage = "Normal"
        case highStorage = "High"
    }
}
