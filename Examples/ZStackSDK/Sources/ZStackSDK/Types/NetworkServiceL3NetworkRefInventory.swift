/// `NetworkServiceL3NetworkRefInventory`, as the API describes it.
public nonisolated final class NetworkServiceL3NetworkRefInventory: Codable, Sendable, Hashable {
    /// 三层网络UUID
    public let l3NetworkUuid: String?

    /// 网络服务提供模块UUID
    public let networkServiceProviderUuid: String?

    /// The `networkServiceType` field.
    public let networkServiceType: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - networkServiceProviderUuid: 网络服务提供模块UUID
    ///   - networkServiceType: The `networkServiceType` field.
    public init(
        l3NetworkUuid: String? = nil,
        networkServiceProviderUuid: String? = nil,
        networkServiceType: String? = nil
    ) {
        self.l3NetworkUuid = l3NetworkUuid
        self.networkServiceProviderUuid = networkServiceProviderUuid
        self.networkServiceType = networkServiceType
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.l3NetworkUuid = try object.optionalValue(String.self, forKey: "l3NetworkUuid")
        self.networkServiceProviderUuid = try object.optionalValue(String.self, forKey: "networkServiceProviderUuid")
        self.networkServiceType = try object.optionalValue(String.self, forKey: "networkServiceType")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.l3NetworkUuid, forKey: "l3NetworkUuid")
        try object.encodeValue(self.networkServiceProviderUuid, forKey: "networkServiceProviderUuid")
        try object.encodeValue(self.networkServiceType, forKey: "networkServiceType")
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
        _ lhs: NetworkServiceL3NetworkRefInventory,
        _ rhs: NetworkServiceL3NetworkRefInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.l3NetworkUuid, rhs.l3NetworkUuid) else { return false }
        guard ZStackFieldwise.same(lhs.networkServiceProviderUuid, rhs.networkServiceProviderUuid) else { return false }
        return ZStackFieldwise.same(lhs.networkServiceType, rhs.networkServiceType)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.l3NetworkUuid)
        hasher.combine(self.networkServiceProviderUuid)
        hasher.combine(self.networkServiceType)
    }
}

nonisolated extension NetworkServiceL3NetworkRefInventory {
    /// The fields of ``NetworkServiceL3NetworkRefInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.l3NetworkUuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``NetworkServiceL3NetworkRefInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.l3NetworkUuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``NetworkServiceL3NetworkRefInventory`` for its own conditions.
        public init() where Root == NetworkServiceL3NetworkRefInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``NetworkServiceL3NetworkRefInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 三层网络UUID
        public var l3NetworkUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "l3NetworkUuid")
        }

        /// 网络服务提供模块UUID
        public var networkServiceProviderUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "networkServiceProviderUuid")
        }

        /// The `networkServiceType` field.
        public var networkServiceType: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "networkServiceType")
        }
    }
}
