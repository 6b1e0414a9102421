/// `NetworkServiceL3NetworkRefInventory`, as the API describes it.
public nonisolated struct NetworkServiceL3NetworkRefInventory: Codable, Sendable, Hashable {
    /// 三层网络UUID
    public var l3NetworkUuid: String?

    /// 网络服务提供模块UUID
    public var networkServiceProviderUuid: String?

    /// The `networkServiceType` field.
    public var networkServiceType: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - networkServiceProviderUuid: 网络服务提供模块UUID
    ///   - networkServiceType: The `networkServiceType` field.
    public init(
        l3NetworkUuid: String? = nil,
        networkServiceProviderUuid: String? = nil,
        networkServiceType: String? = nil
    ) {
        self.l3NetworkUuid = l3NetworkUuid
        self.networkServiceProviderUuid = networkServiceProviderUuid
        self.networkServiceType = networkServiceType
    }

    private enum CodingKeys: String, CodingKey {
        case l3NetworkUuid = "l3NetworkUuid"
        case networkServiceProviderUuid = "networkServiceProviderUuid"
        case networkServiceType = "networkServiceType"
    }
}
