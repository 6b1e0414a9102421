/// 清理回收站数据返回信息
public nonisolated final class CleanTrashResult: Codable, Sendable, Hashable {
    /// 清理掉数据对应的UUID集合
    public let resourceUuids: [String]?

    /// 清理掉数据详情
    public let details: [String]?

    /// 清理数据总大小
    public let size: Int64?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - resourceUuids: 清理掉数据对应的UUID集合
    ///   - details: 清理掉数据详情
    ///   - size: 清理数据总大小
    public init(resourceUuids: [String]? = nil, details: [String]? = nil, size: Int64? = nil) {
        self.resourceUuids = resourceUuids
        self.details = details
        self.size = size
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.resourceUuids = try object.optionalValue([String].self, forKey: "resourceUuids")
        self.details = try object.optionalValue([String].self, forKey: "details")
        self.size = try object.optionalValue(Int64.self, forKey: "size")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.resourceUuids, forKey: "resourceUuids")
        try object.encodeValue(self.details, forKey: "details")
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
    public static func fieldsAreEqual(_ lhs: CleanTrashResult, _ rhs: CleanTrashResult) -> Bool {
        guard ZStackFieldwise.same(lhs.resourceUuids, rhs.resourceUuids) else { return false }
        guard ZStackFieldwise.same(lhs.details, rhs.details) else { return false }
        return ZStackFieldwise.same(lhs.size, rhs.size)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.resourceUuids)
        hasher.combine(self.details)
        hasher.combine(self.size)
    }
}
