public import Foundation

/// 负载均衡监听器证书关系清单
public nonisolated final class LoadBalancerListenerCertificateRefInventory: Codable, Sendable, Hashable {
    /// The `id` field.
    public let id: Int64?

    /// The `listenerUuid` field.
    public let listenerUuid: String?

    /// The `certificateUuid` field.
    public let certificateUuid: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - id: The `id` field.
    ///   - listenerUuid: The `listenerUuid` field.
    ///   - certificateUuid: The `certificateUuid` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        id: Int64? = nil,
        listenerUuid: String? = nil,
        certificateUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.id = id
        self.listenerUuid = listenerUuid
        self.certificateUuid = certificateUuid
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
        self.listenerUuid = try object.optionalValue(String.self, forKey: "listenerUuid")
        self.certificateUuid = try object.optionalValue(String.self, forKey: "certificateUuid")
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
        try object.encodeValue(self.listenerUuid, forKey: "listenerUuid")
        try object.encodeValue(self.certificateUuid, forKey: "certificateUuid")
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
        _ lhs: LoadBalancerListenerCertificateRefInventory,
        _ rhs: LoadBalancerListenerCertificateRefInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.id, rhs.id) else { return false }
        guard ZStackFieldwise.same(lhs.listenerUuid, rhs.listenerUuid) else { return false }
        guard ZStackFieldwise.same(lhs.certificateUuid, rhs.certificateUuid) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.id)
        hasher.combine(self.listenerUuid)
        hasher.combine(self.certificateUuid)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension LoadBalancerListenerCertificateRefInventory {
    /// The fields of ``LoadBalancerListenerCertificateRefInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.id == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``LoadBalancerListenerCertificateRefInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.id`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``LoadBalancerListenerCertificateRefInventory`` for its own conditions.
        public init() where Root == LoadBalancerListenerCertificateRefInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``LoadBalancerListenerCertificateRefInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// The `id` field.
        public var id: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "id")
        }

        /// The `listenerUuid` field.
        public var listenerUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "listenerUuid")
        }

        /// The `certificateUuid` field.
        public var certificateUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "certificateUuid")
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
