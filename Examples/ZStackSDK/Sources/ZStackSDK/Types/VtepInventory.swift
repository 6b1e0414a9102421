public import Foundation

/// VXLAN隧道端点清单
public nonisolated final class VtepInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 物理机UUID
    public let hostUuid: String?

    /// 隧道端点IP地址
    public let vtepIp: String?

    /// 端口
    public let port: Int?

    /// 类型
    public let type: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// VXLAN资源池UUID
    public let poolUuid: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - hostUuid: 物理机UUID
    ///   - vtepIp: 隧道端点IP地址
    ///   - port: 端口
    ///   - type: 类型
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - poolUuid: VXLAN资源池UUID
    public init(
        uuid: String? = nil,
        hostUuid: String? = nil,
        vtepIp: String? = nil,
        port: Int? = nil,
        type: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        poolUuid: String? = nil
    ) {
        self.uuid = uuid
        self.hostUuid = hostUuid
        self.vtepIp = vtepIp
        self.port = port
        self.type = type
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.poolUuid = poolUuid
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.hostUuid = try object.optionalValue(String.self, forKey: "hostUuid")
        self.vtepIp = try object.optionalValue(String.self, forKey: "vtepIp")
        self.port = try object.optionalValue(Int.self, forKey: "port")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.poolUuid = try object.optionalValue(String.self, forKey: "poolUuid")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.hostUuid, forKey: "hostUuid")
        try object.encodeValue(self.vtepIp, forKey: "vtepIp")
        try object.encodeValue(self.port, forKey: "port")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.poolUuid, forKey: "poolUuid")
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
    public static func fieldsAreEqual(_ lhs: VtepInventory, _ rhs: VtepInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.hostUuid, rhs.hostUuid) else { return false }
        guard ZStackFieldwise.same(lhs.vtepIp, rhs.vtepIp) else { return false }
        guard ZStackFieldwise.same(lhs.port, rhs.port) else { return false }
        guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        return ZStackFieldwise.same(lhs.poolUuid, rhs.poolUuid)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.hostUuid)
        hasher.combine(self.vtepIp)
        hasher.combine(self.port)
        hasher.combine(self.type)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.poolUuid)
    }
}

nonisolated extension VtepInventory {
    /// The fields of ``VtepInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``VtepInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``VtepInventory`` for its own conditions.
        public init() where Root == VtepInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``VtepInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 物理机UUID
        public var hostUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "hostUuid")
        }

        /// 隧道端点IP地址
        public var vtepIp: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "vtepIp")
        }

        /// 端口
        public var port: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "port")
        }

        /// 类型
        public var type: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "type")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }

        /// VXLAN资源池UUID
        public var poolUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "poolUuid")
        }
    }
}
