public import Foundation

/// vni范围清单
public nonisolated struct VniRangeInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// 起始VNI
    public var startVni: Int?

    /// 结束VNI
    public var endVni: Int?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// 二层网络UUID
    public var l2NetworkUuid: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - startVni: 起始VNI
    ///   - endVni: 结束VNI
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - l2NetworkUuid: 二层网络UUID
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        startVni: Int? = nil,
        endVni: Int? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        l2NetworkUuid: String? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.startVni = startVni
        self.endVni = endVni
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.l2NetworkUuid = l2NetworkUuid
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case startVni = "startVni"
        case endVni = "endVni"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case l2NetworkUuid = "l2NetworkUuid"
    }
}
