/// 标签模版的类型
public nonisolated final class TagPatternType: Codable, Sendable, Hashable {
    /// 资源名称
    public let name: String?

    /// The `ordinal` field.
    public let ordinal: Int?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - ordinal: The `ordinal` field.
    public init(name: String? = nil, ordinal: Int? = nil) {
        self.name = name
        self.ordinal = ordinal
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.ordinal = try object.optionalValue(Int.self, forKey: "ordinal")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.ordinal, forKey: "ordinal")
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
    public static func fieldsAreEqual(_ lhs: TagPatternType, _ rhs: TagPatternType) -> Bool {
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        return ZStackFieldwise.same(lhs.ordinal, rhs.ordinal)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.name)
        hasher.combine(self.ordinal)
    }
}

nonisolated extension TagPatternType {
    /// The fields of ``TagPatternType`` that typed query conditions compare, each with the type of its values:
    /// `$0.name == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``TagPatternType``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.name`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``TagPatternType`` for its own conditions.
        public init() where Root == TagPatternType {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``TagPatternType`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// The `ordinal` field.
        public var ordinal: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "ordinal")
        }
    }
}
