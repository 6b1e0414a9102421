public import Foundation

/// 物理网卡lldp配置清单
public nonisolated final class HostNetworkInterfaceLldpInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 物理网口Uuid
    public let interfaceUuid: String?

    /// lldp工作模式
    public let mode: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// 物理网口lldp信息清单
    public let lldp: HostNetworkInterfaceLldpRefInventory?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - interfaceUuid: 物理网口Uuid
    ///   - mode: lldp工作模式
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - lldp: 物理网口lldp信息清单
    public init(
        uuid: String? = nil,
        interfaceUuid: String? = nil,
        mode: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        lldp: HostNetworkInterfaceLldpRefInventory? = nil
    ) {
        self.uuid = uuid
        self.interfaceUuid = interfaceUuid
        self.mode = mode
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.lldp = lldp
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.interfaceUuid = try object.optionalValue(String.self, forKey: "interfaceUuid")
        self.mode = try object.optionalValue(String.self, forKey: "mode")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.lldp = try object.optionalValue(HostNetworkInterfaceLldpRefInventory.self, forKey: "lldp")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.interfaceUuid, forKey: "interfaceUuid")
        try object.encodeValue(self.mode, forKey: "mode")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.lldp, forKey: "lldp")
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
        _ lhs: HostNetworkInterfaceLldpInventory,
        _ rhs: HostNetworkInterfaceLldpInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.interfaceUuid, rhs.interfaceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.mode, rhs.mode) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        return ZStackFieldwise.same(lhs.lldp, rhs.lldp)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.interfaceUuid)
        hasher.combine(self.mode)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.lldp)
    }
}

nonisolated extension HostNetworkInterfaceLldpInventory {
    /// The fields of ``HostNetworkInterfaceLldpInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``HostNetworkInterfaceLldpInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``HostNetworkInterfaceLldpInventory`` for its own conditions.
        public init() where Root == HostNetworkInterfaceLldpInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``HostNetworkInterfaceLldpInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 物理网口Uuid
        public var interfaceUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "interfaceUuid")
        }

        /// lldp工作模式
        public var mode: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "mode")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }

        /// 物理网口lldp信息清单. Its fields are compared as `lldp.<field>`.
        public var lldp: HostNetworkInterfaceLldpRefInventory.QueryFields<Root> {
            HostNetworkInterfaceLldpRefInventory.QueryFields(path: pathFromRoot.appending("lldp"))
        }
    }
}
