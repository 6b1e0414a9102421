/// 虚拟机操作系统清单
public nonisolated struct GuestOsCharacterInventory: Codable, Sendable, Hashable {
    /// 系统架构x86_64, aarch64等
    public var architecture: String?

    /// 平台CentOS, Ubuntu等
    public var platform: String?

    /// 操作系统版本7, 8等
    public var osRelease: String?

    /// 是否启用acpi
    public var acpi: Bool?

    /// 是否运行在海光处理器上
    public var hygonTag: Bool?

    /// 是否启用x2apic
    public var x2apic: Bool?

    /// CPU型号
    public var cpuModel: String?

    /// 网卡驱动
    public var nicDriver: String?

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

    private enum CodingKeys: String, CodingKey {
        case architecture = "architecture"
        case platform = "platform"
        case osRelease = "osRelease"
        case acpi = "acpi"
        case hygonTag = "hygonTag"
        case x2apic = "x2apic"
        case cpuModel = "cpuModel"
        case nicDriver = "nicDriver"
    }
}
