/// 策略清单
public nonisolated struct PolicyInventory: Codable, Sendable, Hashable {
    /// 声明清单列表
    public let statements: [PolicyStatement]?

    /// 资源名称
    public let name: String?

    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 账户UUID
    public let accountUuid: String?

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

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.statements = try object.optionalValue([PolicyStatement].self, forKey: "statements")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.accountUuid = try object.optionalValue(String.self, forKey: "accountUuid")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.statements, forKey: "statements")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.accountUuid, forKey: "accountUuid")
    }
}

nonisolated extension PolicyInventory {
    /// The fields of ``PolicyInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.name == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源名称
        public static var name: ZStackQueryField<PolicyInventory, String> {
            ZStackQueryField("name")
        }

        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<PolicyInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 账户UUID
        public static var accountUuid: ZStackQueryField<PolicyInventory, String> {
            ZStackQueryField("accountUuid")
        }
    }
}
