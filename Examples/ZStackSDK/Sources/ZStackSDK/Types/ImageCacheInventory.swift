public import Foundation

/// 镜像缓存清单
public nonisolated final class ImageCacheInventory: Codable, Sendable, Hashable {
    /// The `id` field.
    public let id: Int64?

    /// 主存储UUID
    public let primaryStorageUuid: String?

    /// 镜像UUID
    public let imageUuid: String?

    /// 镜像路径
    public let installUrl: String?

    /// 镜像类型，RootVolumeTemplate、DataVolumeTemplate或ISO
    public let mediaType: String?

    /// 镜像大小
    public let size: Int64?

    /// 镜像的md5
    public let md5sum: String?

    /// 镜像缓存的状态
    public let state: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - id: The `id` field.
    ///   - primaryStorageUuid: 主存储UUID
    ///   - imageUuid: 镜像UUID
    ///   - installUrl: 镜像路径
    ///   - mediaType: 镜像类型，RootVolumeTemplate、DataVolumeTemplate或ISO
    ///   - size: 镜像大小
    ///   - md5sum: 镜像的md5
    ///   - state: 镜像缓存的状态
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        id: Int64? = nil,
        primaryStorageUuid: String? = nil,
        imageUuid: String? = nil,
        installUrl: String? = nil,
        mediaType: String? = nil,
        size: Int64? = nil,
        md5sum: String? = nil,
        state: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.id = id
        self.primaryStorageUuid = primaryStorageUuid
        self.imageUuid = imageUuid
        self.installUrl = installUrl
        self.mediaType = mediaType
        self.size = size
        self.md5sum = md5sum
        self.state = state
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
        self.primaryStorageUuid = try object.optionalValue(String.self, forKey: "primaryStorageUuid")
        self.imageUuid = try object.optionalValue(String.self, forKey: "imageUuid")
        self.installUrl = try object.optionalValue(String.self, forKey: "installUrl")
        self.mediaType = try object.optionalValue(String.self, forKey: "mediaType")
        self.size = try object.optionalValue(Int64.self, forKey: "size")
        self.md5sum = try object.optionalValue(String.self, forKey: "md5sum")
        self.state = try object.optionalValue(String.self, forKey: "state")
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
        try object.encodeValue(self.primaryStorageUuid, forKey: "primaryStorageUuid")
        try object.encodeValue(self.imageUuid, forKey: "imageUuid")
        try object.encodeValue(self.installUrl, forKey: "installUrl")
        try object.encodeValue(self.mediaType, forKey: "mediaType")
        try object.encodeValue(self.size, forKey: "size")
        try object.encodeValue(self.md5sum, forKey: "md5sum")
        try object.encodeValue(self.state, forKey: "state")
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
    public static func fieldsAreEqual(_ lhs: ImageCacheInventory, _ rhs: ImageCacheInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.id, rhs.id) else { return false }
        guard ZStackFieldwise.same(lhs.primaryStorageUuid, rhs.primaryStorageUuid) else { return false }
        guard ZStackFieldwise.same(lhs.imageUuid, rhs.imageUuid) else { return false }
        guard ZStackFieldwise.same(lhs.installUrl, rhs.installUrl) else { return false }
        guard ZStackFieldwise.same(lhs.mediaType, rhs.mediaType) else { return false }
        guard ZStackFieldwise.same(lhs.size, rhs.size) else { return false }
        guard ZStackFieldwise.same(lhs.md5sum, rhs.md5sum) else { return false }
        guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.id)
        hasher.combine(self.primaryStorageUuid)
        hasher.combine(self.imageUuid)
        hasher.combine(self.installUrl)
        hasher.combine(self.mediaType)
        hasher.combine(self.size)
        hasher.combine(self.md5sum)
        hasher.combine(self.state)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension ImageCacheInventory {
    /// The fields of ``ImageCacheInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.id == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``ImageCacheInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.id`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``ImageCacheInventory`` for its own conditions.
        public init() where Root == ImageCacheInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``ImageCacheInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// The `id` field.
        public var id: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "id")
        }

        /// 主存储UUID
        public var primaryStorageUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "primaryStorageUuid")
        }

        /// 镜像UUID
        public var imageUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "imageUuid")
        }

        /// 镜像路径
        public var installUrl: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "installUrl")
        }

        /// 镜像类型，RootVolumeTemplate、DataVolumeTemplate或ISO
        public var mediaType: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "mediaType")
        }

        /// 镜像大小
        public var size: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "size")
        }

        /// 镜像的md5
        public var md5sum: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "md5sum")
        }

        /// 镜像缓存的状态
        public var state: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "state")
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
