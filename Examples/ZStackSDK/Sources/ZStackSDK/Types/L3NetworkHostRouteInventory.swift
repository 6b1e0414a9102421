public import Foundation

/// 主机路由清单
public nonisolated final class L3NetworkHostRouteInventory: Codable, Sendable, Hashable {
    /// The `id` field.
    public let id: Int64?

    /// 三层网络UUID
    public let l3NetworkUuid: String?

    /// The `prefix` field.
    public let prefix: String?

    /// The `nexthop` field.
    public let nexthop: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

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

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.id = try object.optionalValue(Int64.self, forKey: "id")
        self.l3NetworkUuid = try object.optionalValue(String.self, forKey: "l3NetworkUuid")
        self.prefix = try object.optionalValue(String.self, forKey: "prefix")
        self.nexthop = try object.optionalValue(String.self, forKey: "nexthop")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.id, forKey: "id")
        try object.encodeValue(self.l3NetworkUuid, forKey: "l3NetworkUuid")
        try object.encodeValue(self.prefix, forKey: "prefix")
        try object.encodeValue(self.nexthop, forKey: "nexthop")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
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
    public static func fieldsAreEqual(_ lhs: L3NetworkHostRouteInventory, _ rhs: L3NetworkHostRouteInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.id, rhs.id) else { return false }
        guard ZStackFieldwise.same(lhs.l3NetworkUuid, rhs.l3NetworkUuid) else { return false }
        guard ZStackFieldwise.same(lhs.prefix, rhs.prefix) else { return false }
        guard ZStackFieldwise.same(lhs.nexthop, rhs.nexthop) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.id)
        hasher.combine(self.l3NetworkUuid)
        hasher.combine(self.prefix)
        hasher.combine(self.nexthop)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension L3NetworkHostRouteInventory {
    /// The fields of ``L3NetworkHostRouteInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.id == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``L3NetworkHostRouteInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.id`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``L3NetworkHostRouteInventory`` for its own conditions.
        public init() where Root == L3NetworkHostRouteInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``L3NetworkHostRouteInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// The `id` field.
        public var id: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "id")
        }

        /// 三层网络UUID
        public var l3NetworkUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "l3NetworkUuid")
        }

        /// The `prefix` field.
        public var prefix: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "prefix")
        }

        /// The `nexthop` field.
        public var nexthop: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "nexthop")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }
    }
}
