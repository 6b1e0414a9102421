/// SDN控制Vni范围
public nonisolated final class SdnVniRange: Codable, Sendable, Hashable {
    /// The `startVni` field.
    public let startVni: Int?

    /// The `endVni` field.
    public let endVni: Int?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - startVni: The `startVni` field.
    ///   - endVni: The `endVni` field.
    public init(startVni: Int? = nil, endVni: Int? = nil) {
        self.startVni = startVni
        self.endVni = endVni
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.startVni = try object.optionalValue(Int.self, forKey: "startVni")
        self.endVni = try object.optionalValue(Int.self, forKey: "endVni")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.startVni, forKey: "startVni")
        try object.encodeValue(self.endVni, forKey: "endVni")
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
    public static func fieldsAreEqual(_ lhs: SdnVniRange, _ rhs: SdnVniRange) -> Bool {
        guard ZStackFieldwise.same(lhs.startVni, rhs.startVni) else { return false }
        return ZStackFieldwise.same(lhs.endVni, rhs.endVni)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.startVni)
        hasher.combine(self.endVni)
    }
}

nonisolated extension SdnVniRange {
    /// The fields of ``SdnVniRange`` that typed query conditions compare, each with the type of its values:
    /// `$0.startVni == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``SdnVniRange``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.startVni`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``SdnVniRange`` for its own conditions.
        public init() where Root == SdnVniRange {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``SdnVniRange`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// The `startVni` field.
        public var startVni: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "startVni")
        }

        /// The `endVni` field.
        public var endVni: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "endVni")
        }
    }
}
