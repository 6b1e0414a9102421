/// 云主机优先级枚举
public nonisolated struct VmPriorityLevel: Codable, Sendable, Hashable {
    /// The `Normal` field.
    public var normal: VmPriorityLevel? {
        normalStorage?.wrapped
    }

    private let normalStorage: ZStackIndirect<VmPriorityLevel>?

    /// The `High` field.
    public var high: VmPriorityLevel? {
        highStorage?.wrapped
    }

    private let highStorage: ZStackIndirect<VmPriorityLevel>?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - normal: The `Normal` field.
    ///   - high: The `High` field.
    public init(normal: VmPriorityLevel? = nil, high: VmPriorityLevel? = nil) {
        self.normalStorage = normal.map(ZStackIndirect.init)
        self.highStorage = high.map(ZStackIndirect.init)
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.normalStorage = try object.optionalValue(ZStackIndirect<VmPriorityLevel>.self, forKey: "Normal")
        self.highStorage = try object.optionalValue(ZStackIndirect<VmPriorityLevel>.self, forKey: "High")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.normalStorage, forKey: "Normal")
        try object.encodeValue(self.highStorage, forKey: "High")
    }
}
