/// 恢复快照组的结果
public nonisolated final class RevertSnapshotGroupResult: Codable, Sendable, Hashable {
    /// 快照UUID
    public let snapshotUuid: String?

    /// 云盘UUID
    public let volumeUuid: String?

    /// The `success` field.
    public let success: Bool?

    /// 标识快照的恢复结果，成功则为NULL
    public let error: ErrorCode?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - snapshotUuid: 快照UUID
    ///   - volumeUuid: 云盘UUID
    ///   - success: The `success` field.
    ///   - error: 标识快照的恢复结果，成功则为NULL
    public init(snapshotUuid: String? = nil, volumeUuid: String? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
        self.snapshotUuid = snapshotUuid
        self.volumeUuid = volumeUuid
        self.success = success
        self.error = error
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.snapshotUuid = try object.optionalValue(String.self, forKey: "snapshotUuid")
        self.volumeUuid = try object.optionalValue(String.self, forKey: "volumeUuid")
        self.success = try object.optionalValue(Bool.self, forKey: "success")
        self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.snapshotUuid, forKey: "snapshotUuid")
        try object.encodeValue(self.volumeUuid, forKey: "volumeUuid")
        try object.encodeValue(self.success, forKey: "success")
        try object.encodeValue(self.error, forKey: "error")
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
    public static func fieldsAreEqual(_ lhs: RevertSnapshotGroupResult, _ rhs: RevertSnapshotGroupResult) -> Bool {
        guard ZStackFieldwise.same(lhs.snapshotUuid, rhs.snapshotUuid) else { return false }
        guard ZStackFieldwise.same(lhs.volumeUuid, rhs.volumeUuid) else { return false }
        guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
        return ZStackFieldwise.same(lhs.error, rhs.error)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.snapshotUuid)
        hasher.combine(self.volumeUuid)
        hasher.combine(self.success)
        hasher.combine(self.error)
    }
}
