public import Foundation

/// `CephBackupStorageMonInventory`, as the API describes it.
public nonisolated final class CephBackupStorageMonInventory: Codable, Sendable, Hashable {
    /// The `hostname` field.
    public let hostname: String?

    /// The `monPort` field.
    public let monPort: Int?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// 镜像存储UUID
    public let backupStorageUuid: String?

    /// The `monAddr` field.
    public let monAddr: String?

    /// The `sshPort` field.
    public let sshPort: Int?

    /// The `status` field.
    public let status: String?

    /// The `sshUsername` field.
    public let sshUsername: String?

    /// The `sshPassword` field.
    public let sshPassword: String?

    /// The `monUuid` field.
    public let monUuid: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - hostname: The `hostname` field.
    ///   - monPort: The `monPort` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - backupStorageUuid: 镜像存储UUID
    ///   - monAddr: The `monAddr` field.
    ///   - sshPort: The `sshPort` field.
    ///   - status: The `status` field.
    ///   - sshUsername: The `sshUsername` field.
    ///   - sshPassword: The `sshPassword` field.
    ///   - monUuid: The `monUuid` field.
    public init(
        hostname: String? = nil,
        monPort: Int? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        backupStorageUuid: String? = nil,
        monAddr: String? = nil,
        sshPort: Int? = nil,
        status: String? = nil,
        sshUsername: String? = nil,
        sshPassword: String? = nil,
        monUuid: String? = nil
    ) {
        self.hostname = hostname
        self.monPort = monPort
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.backupStorageUuid = backupStorageUuid
        self.monAddr = monAddr
        self.sshPort = sshPort
        self.status = status
        self.sshUsername = sshUsername
        self.sshPassword = sshPassword
        self.monUuid = monUuid
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.hostname = try object.optionalValue(String.self, forKey: "hostname")
        self.monPort = try object.optionalValue(Int.self, forKey: "monPort")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.backupStorageUuid = try object.optionalValue(String.self, forKey: "backupStorageUuid")
        self.monAddr = try object.optionalValue(String.self, forKey: "monAddr")
        self.sshPort = try object.optionalValue(Int.self, forKey: "sshPort")
        self.status = try object.optionalValue(String.self, forKey: "status")
        self.sshUsername = try object.optionalValue(String.self, forKey: "sshUsername")
        self.sshPassword = try object.optionalValue(String.self, forKey: "sshPassword")
        self.monUuid = try object.optionalValue(String.self, forKey: "monUuid")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.hostname, forKey: "hostname")
        try object.encodeValue(self.monPort, forKey: "monPort")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.backupStorageUuid, forKey: "backupStorageUuid")
        try object.encodeValue(self.monAddr, forKey: "monAddr")
        try object.encodeValue(self.sshPort, forKey: "sshPort")
        try object.encodeValue(self.status, forKey: "status")
        try object.encodeValue(self.sshUsername, forKey: "sshUsername")
        try object.encodeValue(self.sshPassword, forKey: "sshPassword")
        try object.encodeValue(self.monUuid, forKey: "monUuid")
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
        _ lhs: CephBackupStorageMonInventory,
        _ rhs: CephBackupStorageMonInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.hostname, rhs.hostname) else { return false }
        guard ZStackFieldwise.same(lhs.monPort, rhs.monPort) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        guard ZStackFieldwise.same(lhs.backupStorageUuid, rhs.backupStorageUuid) else { return false }
        guard ZStackFieldwise.same(lhs.monAddr, rhs.monAddr) else { return false }
        guard ZStackFieldwise.same(lhs.sshPort, rhs.sshPort) else { return false }
        guard ZStackFieldwise.same(lhs.status, rhs.status) else { return false }
        guard ZStackFieldwise.same(lhs.sshUsername, rhs.sshUsername) else { return false }
        guard ZStackFieldwise.same(lhs.sshPassword, rhs.sshPassword) else { return false }
        return ZStackFieldwise.same(lhs.monUuid, rhs.monUuid)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.hostname)
        hasher.combine(self.monPort)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.backupStorageUuid)
        hasher.combine(self.monAddr)
        hasher.combine(self.sshPort)
        hasher.combine(self.status)
        hasher.combine(self.sshUsername)
        hasher.combine(self.sshPassword)
        hasher.combine(self.monUuid)
    }
}
