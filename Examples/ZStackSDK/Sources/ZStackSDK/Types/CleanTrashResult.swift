/// 清理回收站数据返回信息
public nonisolated struct CleanTrashResult: Codable, Sendable, Hashable {
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
}
