/// xml hook 类型
public nonisolated struct XmlHookType: Codable, Sendable, Hashable {
    /// The `System` field.
    public var system: XmlHookType? {
        get { systemStorage?.wrapped }
        set { systemStorage = newValue.map(ZStackIndirect.init) }
    }

    private var systemStorage: ZStackIndirect<XmlHookType>?

    /// The `Customization` field.
    public var customization: XmlHookType? {
        get { customizationStorage?.wrapped }
        set { customizationStorage = newValue.map(ZStackIndirect.init) }
    }

    private var customizationStorage: ZStackIndirect<XmlHookType>?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - system: The `System` field.
    ///   - customization: The `Customization` field.
    public init(system: XmlHookType? = nil, customization: XmlHookType? = nil) {
        self.systemStorage = system.map(ZStackIndirect.init)
        self.customizationStorage = customization.map(ZStackIndirect.init)
    }

    private enum CodingKeys: String, CodingKey {
        case systemStorage = "System"
        case customizationStorage = "Customization"
    }
}
