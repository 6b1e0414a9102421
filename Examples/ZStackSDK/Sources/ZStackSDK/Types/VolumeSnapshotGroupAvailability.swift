/// 云盘快照组可用性
public nonisolated final class VolumeSnapshotGroupAvailability: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 是否可以恢复
    public let available: Bool?

    /// 不可恢复的理由，如可恢复则为空
    public let reason: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - available: 是否可以恢复
    ///   - reason: 不可恢复的理由，如可恢复则为空
    public init(uuid: String? = nil, available: Bool? = nil, reason: String? = nil) {
        self.uuid = uuid
        self.available = available
        self.reason = reason
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.available = try object.optionalValue(Bool.self, forKey: "available")
        self.reason = try object.optionalValue(String.self, forKey: "reason")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.available, forKey: "available")
        try object.encodeValue(self.reason, forKey: "reason")
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
    public static func fieldsAreEqual(
        _ lhs: VolumeSnapshotGroupAvailability,
        _ rhs: VolumeSnapshotGroupAvailability
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.available, rhs.available) else { return false }
        return ZStackFieldwise.same(lhs.reason, rhs.reason)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.available)
        hasher.combine(self.reason)
    }
}
