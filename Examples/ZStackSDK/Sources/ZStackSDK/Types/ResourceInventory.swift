/// 资源UUID、名称结构
public nonisolated final class ResourceInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let resourceName: String?

    /// 资源类型，例如虚拟机为VmInstanceVO
    public let resourceType: String?

    /// 资源具体类型，例如VPC为org.zstack.header.vpc.VpcRouterVmVO
    public let concreteResourceType: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - resourceName: 资源名称
    ///   - resourceType: 资源类型，例如虚拟机为VmInstanceVO
    ///   - concreteResourceType: 资源具体类型，例如VPC为org.zstack.header.vpc.VpcRouterVmVO
    public init(
        uuid: String? = nil,
        resourceName: String? = nil,
        resourceType: String? = nil,
        concreteResourceType: String? = nil
    ) {
        self.uuid = uuid
        self.resourceName = resourceName
        self.resourceType = resourceType
        self.concreteResourceType = concreteResourceType
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.resourceName = try object.optionalValue(String.self, forKey: "resourceName")
        self.resourceType = try object.optionalValue(String.self, forKey: "resourceType")
        self.concreteResourceType = try object.optionalValue(String.self, forKey: "concreteResourceType")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.resourceName, forKey: "resourceName")
        try object.encodeValue(self.resourceType, forKey: "resourceType")
        try object.encodeValue(self.concreteResourceType, forKey: "concreteResourceType")
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
    public static func fieldsAreEqual(_ lhs: ResourceInventory, _ rhs: ResourceInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.resourceName, rhs.resourceName) else { return false }
        guard ZStackFieldwise.same(lhs.resourceType, rhs.resourceType) else { return false }
        return ZStackFieldwise.same(lhs.concreteResourceType, rhs.concreteResourceType)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.resourceName)
        hasher.combine(self.resourceType)
        hasher.combine(self.concreteResourceType)
    }
}
