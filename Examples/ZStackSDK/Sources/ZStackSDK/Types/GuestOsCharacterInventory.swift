/// 虚拟机操作系统清单
public nonisolated final class GuestOsCharacterInventory: Codable, Sendable, Hashable {
    /// 系统架构x86_64, aarch64等
    public let architecture: String?

    /// 平台CentOS, Ubuntu等
    public let platform: String?

    /// 操作系统版本7, 8等
    public let osRelease: String?

    /// 是否启用acpi
    public let acpi: Bool?

    /// 是否运行在海光处理器上
    public let hygonTag: Bool?

    /// 是否启用x2apic
    public let x2apic: Bool?

    /// CPU型号
    public let cpuModel: String?

    /// 网卡驱动
    public let nicDriver: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - architecture: 系统架构x86_64, aarch64等
    ///   - platform: 平台CentOS, Ubuntu等
    ///   - osRelease: 操作系统版本7, 8等
    ///   - acpi: 是否启用acpi
    ///   - hygonTag: 是否运行在海光处理器上
    ///   - x2apic: 是否启用x2apic
    ///   - cpuModel: CPU型号
    ///   - nicDriver: 网卡驱动
    public init(
        architecture: String? = nil,
        platform: String? = nil,
        osRelease: String? = nil,
        acpi: Bool? = nil,
        hygonTag: Bool? = nil,
        x2apic: Bool? = nil,
        cpuModel: String? = nil,
        nicDriver: String? = nil
    ) {
        self.architecture = architecture
        self.platform = platform
        self.osRelease = osRelease
        self.acpi = acpi
        self.hygonTag = hygonTag
        self.x2apic = x2apic
        self.cpuModel = cpuModel
        self.nicDriver = nicDriver
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.architecture = try object.optionalValue(String.self, forKey: "architecture")
        self.platform = try object.optionalValue(String.self, forKey: "platform")
        self.osRelease = try object.optionalValue(String.self, forKey: "osRelease")
        self.acpi = try object.optionalValue(Bool.self, forKey: "acpi")
        self.hygonTag = try object.optionalValue(Bool.self, forKey: "hygonTag")
        self.x2apic = try object.optionalValue(Bool.self, forKey: "x2apic")
        self.cpuModel = try object.optionalValue(String.self, forKey: "cpuModel")
        self.nicDriver = try object.optionalValue(String.self, forKey: "nicDriver")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.architecture, forKey: "architecture")
        try object.encodeValue(self.platform, forKey: "platform")
        try object.encodeValue(self.osRelease, forKey: "osRelease")
        try object.encodeValue(self.acpi, forKey: "acpi")
        try object.encodeValue(self.hygonTag, forKey: "hygonTag")
        try object.encodeValue(self.x2apic, forKey: "x2apic")
        try object.encodeValue(self.cpuModel, forKey: "cpuModel")
        try object.encodeValue(self.nicDriver, forKey: "nicDriver")
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
    public static func fieldsAreEqual(_ lhs: GuestOsCharacterInventory, _ rhs: GuestOsCharacterInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.architecture, rhs.architecture) else { return false }
        guard ZStackFieldwise.same(lhs.platform, rhs.platform) else { return false }
        guard ZStackFieldwise.same(lhs.osRelease, rhs.osRelease) else { return false }
        guard ZStackFieldwise.same(lhs.acpi, rhs.acpi) else { return false }
        guard ZStackFieldwise.same(lhs.hygonTag, rhs.hygonTag) else { return false }
        guard ZStackFieldwise.same(lhs.x2apic, rhs.x2apic) else { return false }
        guard ZStackFieldwise.same(lhs.cpuModel, rhs.cpuModel) else { return false }
        return ZStackFieldwise.same(lhs.nicDriver, rhs.nicDriver)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.architecture)
        hasher.combine(self.platform)
        hasher.combine(self.osRelease)
        hasher.combine(self.acpi)
        hasher.combine(self.hygonTag)
        hasher.combine(self.x2apic)
        hasher.combine(self.cpuModel)
        hasher.combine(self.nicDriver)
    }
}
