public import Foundation

/// `LoadBalancerListenerServerGroupRefInventory`, as the API describes it.
public nonisolated struct LoadBalancerListenerServerGroupRefInventory: Codable, Sendable, Hashable {
    /// The `id` field.
    public var id: Int64?

    /// The `listenerUuid` field.
    public var listenerUuid: String?

    /// The `serverGroupUuid` field.
    public var serverGroupUuid: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - id: The `id` field.
    ///   - listenerUuid: The `listenerUuid` field.
    ///   - serverGroupUuid: The `serverGroupUuid` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        id: Int64? = nil,
        listenerUuid: String? = nil,
        serverGroupUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.id = id
        self.listenerUuid = listenerUuid
        self.serverGroupUuid = serverGroupUuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case listenerUuid = "listenerUuid"
        case serverGroupUuid = "serverGroupUuid"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
