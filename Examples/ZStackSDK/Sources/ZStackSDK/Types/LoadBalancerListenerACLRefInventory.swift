public import Foundation

/// 监听器访问控制策略引用清单
public nonisolated struct LoadBalancerListenerACLRefInventory: Codable, Sendable, Hashable {
    /// 资源唯一标识
    public var id: Int64?

    /// 监听器唯一标识
    public var listenerUuid: String?

    /// 访问策略组唯一标识
    public var aclUuid: String?

    /// 访问策略类型
    public var type: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - id: 资源唯一标识
    ///   - listenerUuid: 监听器唯一标识
    ///   - aclUuid: 访问策略组唯一标识
    ///   - type: 访问策略类型
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        id: Int64? = nil,
        listenerUuid: String? = nil,
        aclUuid: String? = nil,
        type: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.id = id
        self.listenerUuid = listenerUuid
        self.aclUuid = aclUuid
        self.type = type
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case listenerUuid = "listenerUuid"
        case aclUuid = "aclUuid"
        case type = "type"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
