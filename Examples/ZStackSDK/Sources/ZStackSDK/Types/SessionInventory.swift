public import Foundation

/// 会话清单
public nonisolated final class SessionInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 账户UUID
    public let accountUuid: String?

    /// 用户UUID
    public let userUuid: String?

    /// The `expiredDate` field.
    public let expiredDate: Date?

    /// 创建时间
    public let createDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - accountUuid: 账户UUID
    ///   - userUuid: 用户UUID
    ///   - expiredDate: The `expiredDate` field.
    ///   - createDate: 创建时间
    public init(
        uuid: String? = nil,
        accountUuid: String? = nil,
        userUuid: String? = nil,
        expiredDate: Date? = nil,
        createDate: Date? = nil
    ) {
        self.uuid = uuid
        self.accountUuid = accountUuid
        self.userUuid = userUuid
        self.expiredDate = expiredDate
        self.createDate = createDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.accountUuid = try object.optionalValue(String.self, forKey: "accountUuid")
        self.userUuid = try object.optionalValue(String.self, forKey: "userUuid")
        self.expiredDate = try object.optionalValue(Date.self, forKey: "expiredDate")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.accountUuid, forKey: "accountUuid")
        try object.encodeValue(self.userUuid, forKey: "userUuid")
        try object.encodeValue(self.expiredDate, forKey: "expiredDate")
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
    public static func fieldsAreEqual(_ lhs: SessionInventory, _ rhs: SessionInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.accountUuid, rhs.accountUuid) else { return false }
        guard ZStackFieldwise.same(lhs.userUuid, rhs.userUuid) else { return false }
        guard ZStackFieldwise.same(lhs.expiredDate, rhs.expiredDate) else { return false }
        return ZStackFieldwise.same(lhs.createDate, rhs.createDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.accountUuid)
        hasher.combine(self.userUuid)
        hasher.combine(self.expiredDate)
        hasher.combine(self.createDate)
    }
}
