public import Foundation

/// vni范围清单
public nonisolated final class VniRangeInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// 起始VNI
    public let startVni: Int?

    /// 结束VNI
    public let endVni: Int?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// 二层网络UUID
    public let l2NetworkUuid: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - startVni: 起始VNI
    ///   - endVni: 结束VNI
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - l2NetworkUuid: 二层网络UUID
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        startVni: Int? = nil,
        endVni: Int? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        l2NetworkUuid: String? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.startVni = startVni
        self.endVni = endVni
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.l2NetworkUuid = l2NetworkUuid
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.startVni = try object.optionalValue(Int.self, forKey: "startVni")
        self.endVni = try object.optionalValue(Int.self, forKey: "endVni")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.l2NetworkUuid = try object.optionalValue(String.self, forKey: "l2NetworkUuid")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.startVni, forKey: "startVni")
        try object.encodeValue(self.endVni, forKey: "endVni")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.l2NetworkUuid, forKey: "l2NetworkUuid")
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
    public static func fieldsAreEqual(_ lhs: VniRangeInventory, _ rhs: VniRangeInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.startVni, rhs.startVni) else { return false }
        guard ZStackFieldwise.same(lhs.endVni, rhs.endVni) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        return ZStackFieldwise.same(lhs.l2NetworkUuid, rhs.l2NetworkUuid)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.startVni)
        hasher.combine(self.endVni)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.l2NetworkUuid)
    }
}

nonisolated extension VniRangeInventory {
    /// The fields of ``VniRangeInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``VniRangeInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``VniRangeInventory`` for its own conditions.
        public init() where Root == VniRangeInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``VniRangeInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// 资源的详细描述
        public var description: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "description")
        }

        /// 起始VNI
        public var startVni: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "startVni")
        }

        /// 结束VNI
        public var endVni: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "endVni")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }

        /// 二层网络UUID
        public var l2NetworkUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "l2NetworkUuid")
        }
    }
}
