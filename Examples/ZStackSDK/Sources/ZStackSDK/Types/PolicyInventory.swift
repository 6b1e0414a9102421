/// 策略清单
public nonisolated struct PolicyInventory: Codable, Sendable, Hashable {
    /// 声明清单列表
    public var statements: [PolicyStatement]?

    /// 资源名称
    public var name: String?

    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 账户UUID
    public var accountUuid: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - statements: 声明清单列表
    ///   - name: 资源名称
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - accountUuid: 账户UUID
    public init(
        statements: [PolicyStatement]? = nil,
        name: String? = nil,
        uuid: String? = nil,
        accountUuid: String? = nil
    ) {
        self.statements = statements
        self.name = name
        self.uuid = uuid
        self.accountUuid = accountUuid
    }

    private enum CodingKeys: String, CodingKey {
        case statements = "statements"
        case name = "name"
        case uuid = "uuid"
        case accountUuid = "accountUuid"
    }
}
