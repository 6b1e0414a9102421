/// 删除快照结果
public nonisolated final class BatchDeleteVolumeSnapshotStruct: Codable, Sendable, Hashable {
    /// 快照UUID
    public let snapshotUuid: String?

    /// 是否成功
    public let success: Bool?

    /// The `error` field.
    public let error: ErrorCode?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - snapshotUuid: 快照UUID
    ///   - success: 是否成功
    ///   - error: The `error` field.
    public init(snapshotUuid: String? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
        self.snapshotUuid = snapshotUuid
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
    public static func fieldsAreEqual(
        _ lhs: BatchDeleteVolumeSnapshotStruct,
        _ rhs: BatchDeleteVolumeSnapshotStruct
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.snapshotUuid, rhs.snapshotUuid) else { return false }
        guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
        return ZStackFieldwise.same(lhs.error, rhs.error)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.snapshotUuid)
        hasher.combine(self.success)
        hasher.combine(self.error)
    }
}
