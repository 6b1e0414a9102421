public import Foundation

/// `VipNetworkServicesRefInventory`, as the API describes it.
public nonisolated struct VipNetworkServicesRefInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// The `serviceType` field.
    public var serviceType: String?

    /// VIP UUID
    public var vipUuid: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - serviceType: The `serviceType` field.
    ///   - vipUuid: VIP UUID
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        serviceType: String? = nil,
        vipUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.serviceType = serviceType
        self.vipUuid = vipUuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case serviceType = "serviceType"
        case vipUuid = "vipUuid"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
