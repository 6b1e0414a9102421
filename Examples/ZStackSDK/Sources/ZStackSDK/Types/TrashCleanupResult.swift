/// 清理回收站数据返回信息
public nonisolated final class TrashCleanupResult: Codable, Sendable, Hashable {
    /// 清理数据对应的UUID
    public let resourceUuid: String?

    /// The `success` field.
    public let success: Bool?

    /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
    public let error: ErrorCode?

    /// 清理数据对应的ID
    public let trashId: Int64?

    /// 清理数据对应的大小
    public let size: Int64?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - resourceUuid: 清理数据对应的UUID
    ///   - success: The `success` field.
    ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
    ///   - trashId: 清理数据对应的ID
    ///   - size: 清理数据对应的大小
    public init(
        resourceUuid: String? = nil,
        success: Bool? = nil,
        error: ErrorCode? = nil,
        trashId: Int64? = nil,
        size: Int64? = nil
    ) {
        self.resourceUuid = resourceUuid
        self.success = success
        self.error = error
        self.trashId = trashId
        self.size = size
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
        self.success = try object.optionalValue(Bool.self, forKey: "success")
        self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        self.trashId = try object.optionalValue(Int64.self, forKey: "trashId")
        self.size = try object.optionalValue(Int64.self, forKey: "size")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.resourceUuid, forKey: "resourceUuid")
        try object.encodeValue(self.success, forKey: "success")
        try object.encodeValue(self.error, forKey: "error")
        try object.encodeValue(self.trashId, forKey: "trashId")
        try object.encodeValue(self.size, forKey: "size")
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
    public static func fieldsAreEqual(_ lhs: TrashCleanupResult, _ rhs: TrashCleanupResult) -> Bool {
        guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
        guard ZStackFieldwise.same(lhs.error, rhs.error) else { return false }
        guard ZStackFieldwise.same(lhs.trashId, rhs.trashId) else { return false }
        return ZStackFieldwise.same(lhs.size, rhs.size)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.resourceUuid)
        hasher.combine(self.success)
        hasher.combine(self.error)
        hasher.combine(self.trashId)
        hasher.combine(self.size)
    }
}
