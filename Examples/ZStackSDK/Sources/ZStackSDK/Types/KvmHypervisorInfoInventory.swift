public import Foundation

/// 当前物理机 / VM 使用的监控软件的信息
public nonisolated struct KvmHypervisorInfoInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，为物理机 / VM 的 UUID
    public var uuid: String?

    /// 虚拟化软件名称，比如 "qemu-kvm"
    public var hypervisor: String?

    /// 版本号，比如 "4.2.0-632.g6a6222b.el7"
    public var version: String?

    /// 和预期版本号的匹配状态，可能的值为 "Matched", "Unmatched", "Unknown"
    public var matchState: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，为物理机 / VM 的 UUID
    ///   - hypervisor: 虚拟化软件名称，比如 "qemu-kvm"
    ///   - version: 版本号，比如 "4.2.0-632.g6a6222b.el7"
    ///   - matchState: 和预期版本号的匹配状态，可能的值为 "Matched", "Unmatched", "Unknown"
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        hypervisor: String? = nil,
        version: String? = nil,
        matchState: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.hypervisor = hypervisor
        self.version = version
        self.matchState = matchState
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case hypervisor = "hypervisor"
        case version = "version"
        case matchState = "matchState"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
