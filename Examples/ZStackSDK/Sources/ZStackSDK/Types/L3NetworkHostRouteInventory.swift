public import Foundation

/// 主机路由清单
public nonisolated struct L3NetworkHostRouteInventory: Codable, Sendable, Hashable {
    /// The `id` field.
    public var id: Int64?

    /// 三层网络UUID
    public var l3NetworkUuid: String?

    /// The `prefix` field.
    public var prefix: String?

    /// The `nexthop` field.
    public var nexthop: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - id: The `id` field.
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - prefix: The `prefix` field.
    ///   - nexthop: The `nexthop` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        id: Int64? = nil,
        l3NetworkUuid: String? = nil,
        prefix: String? = nil,
        nexthop: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.id = id
        self.l3NetworkUuid = l3NetworkUuid
        self.prefix = prefix
        self.nexthop = nexthop
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case l3NetworkUuid = "l3NetworkUuid"
        case prefix = "prefix"
        case nexthop = "nexthop"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
