import FixtureSplitCore
public import Foundation

/// The session
public nonisolated struct SessionInventory: Codable, Sendable, Hashable {
    /// The session's UUID, which authorizes calls
    public let uuid: String?

    /// The account's UUID
    public let accountUuid: String?

    /// When the session expires
    public let expiredDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: The session's UUID, which authorizes calls
    ///   - accountUuid: The account's UUID
    ///   - expiredDate: When the session expires
    public init(uuid: String? = nil, accountUuid: String? = nil, expiredDate: Date? = nil) {
        self.uuid = uuid
        self.accountUuid = accountUuid
        self.expiredDate = expiredDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: FixtureCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.accountUuid = try object.optionalValue(String.self, forKey: "accountUuid")
        self.expiredDate = try object.optionalValue(Date.self, forKey: "expiredDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: FixtureCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.accountUuid, forKey: "accountUuid")
        try object.encodeValue(self.expiredDate, forKey: "expiredDate")
    }
}
