public import Foundation

/// `LoadBalancerListenerVmNicRefInventory`, as the API describes it.
public nonisolated struct LoadBalancerListenerVmNicRefInventory: Codable, Sendable, Hashable {
    /// The `id` field.
    public var id: Int64?

    /// The `listenerUuid` field.
    public var listenerUuid: String?

    /// 云主机网卡UUID
    public var vmNicUuid: String?

    /// The `status` field.
    public var status: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - id: The `id` field.
    ///   - listenerUuid: The `listenerUuid` field.
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - status: The `status` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        id: Int64? = nil,
        listenerUuid: String? = nil,
        vmNicUuid: String? = nil,
        status: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.id = id
        self.listenerUuid = listenerUuid
        self.vmNicUuid = vmNicUuid
        self.status = status
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case listenerUuid = "listenerUuid"
        case vmNicUuid = "vmNicUuid"
        case status = "status"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
