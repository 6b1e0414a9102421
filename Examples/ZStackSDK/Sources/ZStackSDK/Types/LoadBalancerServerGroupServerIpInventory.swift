public import Foundation

/// `LoadBalancerServerGroupServerIpInventory`, as the API describes it.
public nonisolated final class LoadBalancerServerGroupServerIpInventory: Codable, Sendable, Hashable {
    /// The `id` field.
    public let id: Int64?

    /// 资源的详细描述
    public let description: String?

    /// The `serverGroupUuid` field.
    public let serverGroupUuid: String?

    /// The `ipAddress` field.
    public let ipAddress: String?

    /// The `weight` field.
    public let weight: Int64?

    /// The `status` field.
    public let status: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - id: The `id` field.
    ///   - description: 资源的详细描述
    ///   - serverGroupUuid: The `serverGroupUuid` field.
    ///   - ipAddress: The `ipAddress` field.
    ///   - weight: The `weight` field.
    ///   - status: The `status` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        id: Int64? = nil,
        description: String? = nil,
        serverGroupUuid: String? = nil,
        ipAddress: String? = nil,
        weight: Int64? = nil,
        status: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.id = id
        self.description = description
        self.serverGroupUuid = serverGroupUuid
        self.ipAddress = ipAddress
        self.weight = weight
        self.status = status
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.id = try object.optionalValue(Int64.self, forKey: "id")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.serverGroupUuid = try object.optionalValue(String.self, forKey: "serverGroupUuid")
        self.ipAddress = try object.optionalValue(String.self, forKey: "ipAddress")
        self.weight = try object.optionalValue(Int64.self, forKey: "weight")
        self.status = try object.optionalValue(String.self, forKey: "status")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.id, forKey: "id")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.serverGroupUuid, forKey: "serverGroupUuid")
        try object.encodeValue(self.ipAddress, forKey: "ipAddress")
        try object.encodeValue(self.weight, forKey: "weight")
        try object.encodeValue(self.status, forKey: "status")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
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
        _ lhs: LoadBalancerServerGroupServerIpInventory,
        _ rhs: LoadBalancerServerGroupServerIpInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.id, rhs.id) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.serverGroupUuid, rhs.serverGroupUuid) else { return false }
        guard ZStackFieldwise.same(lhs.ipAddress, rhs.ipAddress) else { return false }
        guard ZStackFieldwise.same(lhs.weight, rhs.weight) else { return false }
        guard ZStackFieldwise.same(lhs.status, rhs.status) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.id)
        hasher.combine(self.description)
        hasher.combine(self.serverGroupUuid)
        hasher.combine(self.ipAddress)
        hasher.combine(self.weight)
        hasher.combine(self.status)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension LoadBalancerServerGroupServerIpInventory {
    /// The fields of ``LoadBalancerServerGroupServerIpInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.id == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``LoadBalancerServerGroupServerIpInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.id`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``LoadBalancerServerGroupServerIpInventory`` for its own conditions.
        public init() where Root == LoadBalancerServerGroupServerIpInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``LoadBalancerServerGroupServerIpInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// The `id` field.
        public var id: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "id")
        }

        /// 资源的详细描述
        public var description: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "description")
        }

        /// The `serverGroupUuid` field.
        public var serverGroupUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "serverGroupUuid")
        }

        /// The `ipAddress` field.
        public var ipAddress: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "ipAddress")
        }

        /// The `weight` field.
        public var weight: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "weight")
        }

        /// The `status` field.
        public var status: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "status")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }
    }
}
