public import Foundation

/// 配额清单
public nonisolated final class QuotaInventory: Codable, Sendable, Hashable {
    /// 资源名称
    public let name: String?

    /// 身份UUID（账户UUID，用户UUID）
    public let identityUuid: String?

    /// 身份类型（账户，用户）
    public let identityType: String?

    /// 默认配额值
    public let value: Int64?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// 创建时间
    public let createDate: Date?

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

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.identityUuid = try object.optionalValue(String.self, forKey: "identityUuid")
        self.identityType = try object.optionalValue(String.self, forKey: "identityType")
        self.value = try object.optionalValue(Int64.self, forKey: "value")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.identityUuid, forKey: "identityUuid")
        try object.encodeValue(self.identityType, forKey: "identityType")
        try object.encodeValue(self.value, forKey: "value")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.createDate, forKey: "createDate")
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
    public static func fieldsAreEqual(_ lhs: QuotaInventory, _ rhs: QuotaInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.identityUuid, rhs.identityUuid) else { return false }
        guard ZStackFieldwise.same(lhs.identityType, rhs.identityType) else { return false }
        guard ZStackFieldwise.same(lhs.value, rhs.value) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        return ZStackFieldwise.same(lhs.createDate, rhs.createDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.name)
        hasher.combine(self.identityUuid)
        hasher.combine(self.identityType)
        hasher.combine(self.value)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.createDate)
    }
}

nonisolated extension QuotaInventory {
    /// The fields of ``QuotaInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.name == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``QuotaInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.name`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``QuotaInventory`` for its own conditions.
        public init() where Root == QuotaInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``QuotaInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// 身份UUID（账户UUID，用户UUID）
        public var identityUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "identityUuid")
        }

        /// 身份类型（账户，用户）
        public var identityType: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "identityType")
        }

        /// 默认配额值
        public var value: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "value")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }
    }
}
