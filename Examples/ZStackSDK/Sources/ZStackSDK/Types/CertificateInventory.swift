public import Foundation

/// 证书清单
public nonisolated final class CertificateInventory: Codable, Sendable, Hashable {
    /// 资源名称
    public let name: String?

    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 证书内容
    public let certificate: String?

    /// 资源的详细描述
    public let description: String?

    /// 使用该证书的负载均衡监听器列表
    public let listeners: [LoadBalancerListenerCertificateRefInventory]?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - certificate: 证书内容
    ///   - description: 资源的详细描述
    ///   - listeners: 使用该证书的负载均衡监听器列表
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        name: String? = nil,
        uuid: String? = nil,
        certificate: String? = nil,
        description: String? = nil,
        listeners: [LoadBalancerListenerCertificateRefInventory]? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.name = name
        self.uuid = uuid
        self.certificate = certificate
        self.description = description
        self.listeners = listeners
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.certificate = try object.optionalValue(String.self, forKey: "certificate")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.listeners = try object.optionalValue(
            [LoadBalancerListenerCertificateRefInventory].self,
            forKey: "listeners"
        )
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.certificate, forKey: "certificate")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.listeners, forKey: "listeners")
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
    public static func fieldsAreEqual(_ lhs: CertificateInventory, _ rhs: CertificateInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.certificate, rhs.certificate) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.listeners, rhs.listeners) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.name)
        hasher.combine(self.uuid)
        hasher.combine(self.certificate)
        hasher.combine(self.description)
        hasher.combine(self.listeners)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension CertificateInventory {
    /// The fields of ``CertificateInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.name == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``CertificateInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.name`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``CertificateInventory`` for its own conditions.
        public init() where Root == CertificateInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``CertificateInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 证书内容
        public var certificate: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "certificate")
        }

        /// 资源的详细描述
        public var description: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "description")
        }

        /// 使用该证书的负载均衡监听器列表. Its fields are compared as `listeners.<field>`: an item matches when one of its `listeners`
        /// does.
        public var listeners: LoadBalancerListenerCertificateRefInventory.QueryFields<Root> {
            LoadBalancerListenerCertificateRefInventory.QueryFields(path: pathFromRoot.appending("listeners"))
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
