/// `GlobalConfigInventory`, as the API describes it.
public nonisolated struct GlobalConfigInventory: Codable, Sendable, Hashable {
    /// 资源名称
    public let name: String?

    /// The `category` field.
    public let category: String?

    /// 资源的详细描述
    public let description: String?

    /// The `defaultValue` field.
    public let defaultValue: String?

    /// The `value` field.
    public let value: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - category: The `category` field.
    ///   - description: 资源的详细描述
    ///   - defaultValue: The `defaultValue` field.
    ///   - value: The `value` field.
    public init(
        name: String? = nil,
        category: String? = nil,
        description: String? = nil,
        defaultValue: String? = nil,
        value: String? = nil
    ) {
        self.name = name
        self.category = category
        self.description = description
        self.defaultValue = defaultValue
        self.value = value
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.category = try object.optionalValue(String.self, forKey: "category")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.defaultValue = try object.optionalValue(String.self, forKey: "defaultValue")
        self.value = try object.optionalValue(String.self, forKey: "value")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.category, forKey: "category")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.defaultValue, forKey: "defaultValue")
        try object.encodeValue(self.value, forKey: "value")
    }
}

nonisolated extension GlobalConfigInventory {
    /// The fields of ``GlobalConfigInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.name == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源名称
        public static var name: ZStackQueryField<GlobalConfigInventory, String> {
            ZStackQueryField("name")
        }

        /// The `category` field.
        public static var category: ZStackQueryField<GlobalConfigInventory, String> {
            ZStackQueryField("category")
        }

        /// 资源的详细描述
        public static var description: ZStackQueryField<GlobalConfigInventory, String> {
            ZStackQueryField("description")
        }

        /// The `defaultValue` field.
        public static var defaultValue: ZStackQueryField<GlobalConfigInventory, String> {
            ZStackQueryField("defaultValue")
        }

        /// The `value` field.
        public static var value: ZStackQueryField<GlobalConfigInventory, String> {
            ZStackQueryField("value")
        }
    }
}
