public import Foundation

/// 配额清单
public nonisolated struct QuotaInventory: Codable, Sendable, Hashable {
    /// 资源名称
    public var name: String?

    /// 身份UUID（账户UUID，用户UUID）
    public var identityUuid: String?

    /// 身份类型（账户，用户）
    public var identityType: String?

    /// 默认配额值
    public var value: Int64?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// 创建时间
    public var createDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - identityUuid: 身份UUID（账户UUID，用户UUID）
    ///   - identityType: 身份类型（账户，用户）
    ///   - value: 默认配额值
    ///   - lastOpDate: 最后一次修改时间
    ///   - createDate: 创建时间
    public init(
        name: String? = nil,
        identityUuid: String? = nil,
        identityType: String? = nil,
        value: Int64? = nil,
        lastOpDate: Date? = nil,
        createDate: Date? = nil
    ) {
        self.name = name
        self.identityUuid = identityUuid
        self.identityType = identityType
        self.value = value
        self.lastOpDate = lastOpDate
        self.createDate = createDate
    }

    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case identityUuid = "identityUuid"
        case identityType = "identityType"
        case value = "value"
        case lastOpDate = "lastOpDate"
        case createDate = "createDate"
    }
}
