public import Foundation

/// For details, see inventory
public nonisolated final class GuestToolsStateInventory: Codable, Sendable, Hashable {
    /// Virtual Machine UUID
    public let vmInstanceUuid: String?

    /// Virtual Machine VMTools version
    public let version: String?

    /// Virtual Machine OS platform type
    public let platform: String?

    /// Virtual Machine OS type
    public let osType: String?

    /// Creation time
    public let createDate: Date?

    /// Last modification time
    public let lastOpDate: Date?

    /// For details, see qgaState
    public let qgaState: GuestToolsQgaState?

    /// For details, see zwatchState
    public let zwatchState: GuestToolsZWatchState?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: Virtual Machine UUID
    ///   - version: Virtual Machine VMTools version
    ///   - platform: Virtual Machine OS platform type
    ///   - osType: Virtual Machine OS type
    ///   - createDate: Creation time
    ///   - lastOpDate: Last modification time
    ///   - qgaState: For details, see qgaState
    ///   - zwatchState: For details, see zwatchState
    public init(
        vmInstanceUuid: String? = nil,
        version: String? = nil,
        platform: String? = nil,
        osType: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        qgaState: GuestToolsQgaState? = nil,
        zwatchState: GuestToolsZWatchState? = nil
    ) {
        self.vmInstanceUuid = vmInstanceUuid
        self.version = version
        self.platform = platform
        self.osType = osType
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.qgaState = qgaState
        self.zwatchState = zwatchState
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.vmInstanceUuid = try object.optionalValue(String.self, forKey: "vmInstanceUuid")
        self.version = try object.optionalValue(String.self, forKey: "version")
        self.platform = try object.optionalValue(String.self, forKey: "platform")
        self.osType = try object.optionalValue(String.self, forKey: "osType")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.qgaState = try object.optionalValue(GuestToolsQgaState.self, forKey: "qgaState")
        self.zwatchState = try object.optionalValue(GuestToolsZWatchState.self, forKey: "zwatchState")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.vmInstanceUuid, forKey: "vmInstanceUuid")
        try object.encodeValue(self.version, forKey: "version")
        try object.encodeValue(self.platform, forKey: "platform")
        try object.encodeValue(self.osType, forKey: "osType")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.qgaState, forKey: "qgaState")
        try object.encodeValue(self.zwatchState, forKey: "zwatchState")
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
    public static func fieldsAreEqual(_ lhs: GuestToolsStateInventory, _ rhs: GuestToolsStateInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.vmInstanceUuid, rhs.vmInstanceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.version, rhs.version) else { return false }
        guard ZStackFieldwise.same(lhs.platform, rhs.platform) else { return false }
        guard ZStackFieldwise.same(lhs.osType, rhs.osType) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        guard ZStackFieldwise.same(lhs.qgaState, rhs.qgaState) else { return false }
        return ZStackFieldwise.same(lhs.zwatchState, rhs.zwatchState)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.vmInstanceUuid)
        hasher.combine(self.version)
        hasher.combine(self.platform)
        hasher.combine(self.osType)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.qgaState)
        hasher.combine(self.zwatchState)
    }
}
