public import Foundation

/// 回收数据清单
public nonisolated final class InstallPathRecycleInventory: Codable, Sendable, Hashable {
    /// 回收数据的Id
    public let trashId: Int64?

    /// 回收数据的资源Uuid
    public let resourceUuid: String?

    /// 回收数据的存储Uuid
    public let storageUuid: String?

    /// 回收数据的存储类型
    public let storageType: String?

    /// 回收数据的资源回型
    public let resourceType: String?

    /// 回收数据的路径
    public let installPath: String?

    /// 回收数据原来所在的Host(LocalStorage)
    public let hostUuid: String?

    /// 清理时是否以目录为单位
    public let isFolder: Bool?

    /// 虚拟化类型
    public let hypervisorType: String?

    /// 回收数据的大小
    public let size: Int64?

    /// 回收数据的来源
    public let trashType: String?

    /// 创建时间
    public let createDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - trashId: 回收数据的Id
    ///   - resourceUuid: 回收数据的资源Uuid
    ///   - storageUuid: 回收数据的存储Uuid
    ///   - storageType: 回收数据的存储类型
    ///   - resourceType: 回收数据的资源回型
    ///   - installPath: 回收数据的路径
    ///   - hostUuid: 回收数据原来所在的Host(LocalStorage)
    ///   - isFolder: 清理时是否以目录为单位
    ///   - hypervisorType: 虚拟化类型
    ///   - size: 回收数据的大小
    ///   - trashType: 回收数据的来源
    ///   - createDate: 创建时间
    public init(
        trashId: Int64? = nil,
        resourceUuid: String? = nil,
        storageUuid: String? = nil,
        storageType: String? = nil,
        resourceType: String? = nil,
        installPath: String? = nil,
        hostUuid: String? = nil,
        isFolder: Bool? = nil,
        hypervisorType: String? = nil,
        size: Int64? = nil,
        trashType: String? = nil,
        createDate: Date? = nil
    ) {
        self.trashId = trashId
        self.resourceUuid = resourceUuid
        self.storageUuid = storageUuid
        self.storageType = storageType
        self.resourceType = resourceType
        self.installPath = installPath
        self.hostUuid = hostUuid
        self.isFolder = isFolder
        self.hypervisorType = hypervisorType
        self.size = size
        self.trashType = trashType
        self.createDate = createDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.trashId = try object.optionalValue(Int64.self, forKey: "trashId")
        self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
        self.storageUuid = try object.optionalValue(String.self, forKey: "storageUuid")
        self.storageType = try object.optionalValue(String.self, forKey: "storageType")
        self.resourceType = try object.optionalValue(String.self, forKey: "resourceType")
        self.installPath = try object.optionalValue(String.self, forKey: "installPath")
        self.hostUuid = try object.optionalValue(String.self, forKey: "hostUuid")
        self.isFolder = try object.optionalValue(Bool.self, forKey: "isFolder")
        self.hypervisorType = try object.optionalValue(String.self, forKey: "hypervisorType")
        self.size = try object.optionalValue(Int64.self, forKey: "size")
        self.trashType = try object.optionalValue(String.self, forKey: "trashType")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.trashId, forKey: "trashId")
        try object.encodeValue(self.resourceUuid, forKey: "resourceUuid")
        try object.encodeValue(self.storageUuid, forKey: "storageUuid")
        try object.encodeValue(self.storageType, forKey: "storageType")
        try object.encodeValue(self.resourceType, forKey: "resourceType")
        try object.encodeValue(self.installPath, forKey: "installPath")
        try object.encodeValue(self.hostUuid, forKey: "hostUuid")
        try object.encodeValue(self.isFolder, forKey: "isFolder")
        try object.encodeValue(self.hypervisorType, forKey: "hypervisorType")
        try object.encodeValue(self.size, forKey: "size")
        try object.encodeValue(self.trashType, forKey: "trashType")
        try object.encodeValue(self.createDate, forKey: "createDate")
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
    public static func fieldsAreEqual(_ lhs: InstallPathRecycleInventory, _ rhs: InstallPathRecycleInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.trashId, rhs.trashId) else { return false }
        guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.storageUuid, rhs.storageUuid) else { return false }
        guard ZStackFieldwise.same(lhs.storageType, rhs.storageType) else { return false }
        guard ZStackFieldwise.same(lhs.resourceType, rhs.resourceType) else { return false }
        guard ZStackFieldwise.same(lhs.installPath, rhs.installPath) else { return false }
        guard ZStackFieldwise.same(lhs.hostUuid, rhs.hostUuid) else { return false }
        guard ZStackFieldwise.same(lhs.isFolder, rhs.isFolder) else { return false }
        guard ZStackFieldwise.same(lhs.hypervisorType, rhs.hypervisorType) else { return false }
        guard ZStackFieldwise.same(lhs.size, rhs.size) else { return false }
        guard ZStackFieldwise.same(lhs.trashType, rhs.trashType) else { return false }
        return ZStackFieldwise.same(lhs.createDate, rhs.createDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.trashId)
        hasher.combine(self.resourceUuid)
        hasher.combine(self.storageUuid)
        hasher.combine(self.storageType)
        hasher.combine(self.resourceType)
        hasher.combine(self.installPath)
        hasher.combine(self.hostUuid)
        hasher.combine(self.isFolder)
        hasher.combine(self.hypervisorType)
        hasher.combine(self.size)
        hasher.combine(self.trashType)
        hasher.combine(self.createDate)
    }
}
