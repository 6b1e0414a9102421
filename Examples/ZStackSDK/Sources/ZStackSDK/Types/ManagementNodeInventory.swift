public import Foundation

/// 管理节点清单
public nonisolated final class ManagementNodeInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 宿主机名称
    public let hostName: String?

    /// 加入时间
    public let joinDate: Date?

    /// 心跳时间
    public let heartBeat: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - hostName: 宿主机名称
    ///   - joinDate: 加入时间
    ///   - heartBeat: 心跳时间
    public init(uuid: String? = nil, hostName: String? = nil, joinDate: Date? = nil, heartBeat: Date? = nil) {
        self.uuid = uuid
        self.hostName = hostName
        self.joinDate = joinDate
        self.heartBeat = heartBeat
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.hostName = try object.optionalValue(String.self, forKey: "hostName")
        self.joinDate = try object.optionalValue(Date.self, forKey: "joinDate")
        self.heartBeat = try object.optionalValue(Date.self, forKey: "heartBeat")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.hostName, forKey: "hostName")
        try object.encodeValue(self.joinDate, forKey: "joinDate")
        try object.encodeValue(self.heartBeat, forKey: "heartBeat")
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
    public static func fieldsAreEqual(_ lhs: ManagementNodeInventory, _ rhs: ManagementNodeInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.hostName, rhs.hostName) else { return false }
        guard ZStackFieldwise.same(lhs.joinDate, rhs.joinDate) else { return false }
        return ZStackFieldwise.same(lhs.heartBeat, rhs.heartBeat)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.hostName)
        hasher.combine(self.joinDate)
        hasher.combine(self.heartBeat)
    }
}

nonisolated extension ManagementNodeInventory {
    /// The fields of ``ManagementNodeInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``ManagementNodeInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``ManagementNodeInventory`` for its own conditions.
        public init() where Root == ManagementNodeInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``ManagementNodeInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 宿主机名称
        public var hostName: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "hostName")
        }

        /// 加入时间
        public var joinDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "joinDate")
        }

        /// 心跳时间
        public var heartBeat: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "heartBeat")
        }
    }
}
