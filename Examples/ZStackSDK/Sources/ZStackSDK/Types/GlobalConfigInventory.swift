/// `GlobalConfigInventory`, as the API describes it.
public nonisolated final class GlobalConfigInventory: Codable, Sendable, Hashable {
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

    /// Whether two values are equal (`==`): all their fields are.
    ///
    /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
    /// module and in its importers is checked against.
    ///
    /// - Parameters:
    ///   - lhs: A value.
    ///   - rhs: Another value.
    /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
    @_implements(Equatable,==(_:_:))
    public static func fieldsAreEqual(_ lhs: GlobalConfigInventory, _ rhs: GlobalConfigInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.category, rhs.category) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.defaultValue, rhs.defaultValue) else { return false }
        return ZStackFieldwise.same(lhs.value, rhs.value)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.name)
        hasher.combine(self.category)
        hasher.combine(self.description)
        hasher.combine(self.defaultValue)
        hasher.combine(self.value)
    }
}

nonisolated extension GlobalConfigInventory {
    /// The fields of ``GlobalConfigInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.name == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``GlobalConfigInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.name`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``GlobalConfigInventory`` for its own conditions.
        public init() where Root == GlobalConfigInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``GlobalConfigInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// The `category` field.
        public var category: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "category")
        }

        /// 资源的详细描述
        public var description: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "description")
        }

        /// The `defaultValue` field.
        public var defaultValue: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "defaultValue")
        }

        /// The `value` field.
        public var value: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "value")
        }
    }
}
