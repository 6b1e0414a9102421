public import Foundation

/// 共享资源清单
public nonisolated final class SharedResourceInventory: Codable, Sendable, Hashable {
    /// 所有者账户UUID
    public let ownerAccountUuid: String?

    /// 接受者账户UUID
    public let receiverAccountUuid: String?

    /// 是否全局共享
    public let toPublic: Bool?

    /// 资源类型
    public let resourceType: String?

    /// 资源UUID
    public let resourceUuid: String?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// 创建时间
    public let createDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - ownerAccountUuid: 所有者账户UUID
    ///   - receiverAccountUuid: 接受者账户UUID
    ///   - toPublic: 是否全局共享
    ///   - resourceType: 资源类型
    ///   - resourceUuid: 资源UUID
    ///   - lastOpDate: 最后一次修改时间
    ///   - createDate: 创建时间
    public init(
        ownerAccountUuid: String? = nil,
        receiverAccountUuid: String? = nil,
        toPublic: Bool? = nil,
        resourceType: String? = nil,
        resourceUuid: String? = nil,
        lastOpDate: Date? = nil,
        createDate: Date? = nil
    ) {
        self.ownerAccountUuid = ownerAccountUuid
        self.receiverAccountUuid = receiverAccountUuid
        self.toPublic = toPublic
        self.resourceType = resourceType
        self.resourceUuid = resourceUuid
        self.lastOpDate = lastOpDate
        self.createDate = createDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.ownerAccountUuid = try object.optionalValue(String.self, forKey: "ownerAccountUuid")
        self.receiverAccountUuid = try object.optionalValue(String.self, forKey: "receiverAccountUuid")
        self.toPublic = try object.optionalValue(Bool.self, forKey: "toPublic")
        self.resourceType = try object.optionalValue(String.self, forKey: "resourceType")
        self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.ownerAccountUuid, forKey: "ownerAccountUuid")
        try object.encodeValue(self.receiverAccountUuid, forKey: "receiverAccountUuid")
        try object.encodeValue(self.toPublic, forKey: "toPublic")
        try object.encodeValue(self.resourceType, forKey: "resourceType")
        try object.encodeValue(self.resourceUuid, forKey: "resourceUuid")
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
    public static func fieldsAreEqual(_ lhs: SharedResourceInventory, _ rhs: SharedResourceInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.ownerAccountUuid, rhs.ownerAccountUuid) else { return false }
        guard ZStackFieldwise.same(lhs.receiverAccountUuid, rhs.receiverAccountUuid) else { return false }
        guard ZStackFieldwise.same(lhs.toPublic, rhs.toPublic) else { return false }
        guard ZStackFieldwise.same(lhs.resourceType, rhs.resourceType) else { return false }
        guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        return ZStackFieldwise.same(lhs.createDate, rhs.createDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.ownerAccountUuid)
        hasher.combine(self.receiverAccountUuid)
        hasher.combine(self.toPublic)
        hasher.combine(self.resourceType)
        hasher.combine(self.resourceUuid)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.createDate)
    }
}

nonisolated extension SharedResourceInventory {
    /// The fields of ``SharedResourceInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.ownerAccountUuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``SharedResourceInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.ownerAccountUuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``SharedResourceInventory`` for its own conditions.
        public init() where Root == SharedResourceInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``SharedResourceInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 所有者账户UUID
        public var ownerAccountUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "ownerAccountUuid")
        }

        /// 接受者账户UUID
        public var receiverAccountUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "receiverAccountUuid")
        }

        /// 是否全局共享
        public var toPublic: ZStackQueryField<Root, Bool> {
            ZStackQueryField(pathFromRoot, "toPublic")
        }

        /// 资源类型
        public var resourceType: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "resourceType")
        }

        /// 资源UUID
        public var resourceUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "resourceUuid")
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
