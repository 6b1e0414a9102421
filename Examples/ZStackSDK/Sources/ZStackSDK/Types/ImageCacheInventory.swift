public import Foundation

/// 镜像缓存清单
public nonisolated struct ImageCacheInventory: Codable, Sendable, Hashable {
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
}

nonisolated extension ImageCacheInventory {
    /// The fields of ``ImageCacheInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.id == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// The `id` field.
        public static var id: ZStackQueryField<ImageCacheInventory, Int64> {
            ZStackQueryField("id")
        }

        /// 主存储UUID
        public static var primaryStorageUuid: ZStackQueryField<ImageCacheInventory, String> {
            ZStackQueryField("primaryStorageUuid")
        }

        /// 镜像UUID
        public static var imageUuid: ZStackQueryField<ImageCacheInventory, String> {
            ZStackQueryField("imageUuid")
        }

        /// 镜像路径
        public static var installUrl: ZStackQueryField<ImageCacheInventory, String> {
            ZStackQueryField("installUrl")
        }

        /// 镜像类型，RootVolumeTemplate、DataVolumeTemplate或ISO
        public static var mediaType: ZStackQueryField<ImageCacheInventory, String> {
            ZStackQueryField("mediaType")
        }

        /// 镜像大小
        public static var size: ZStackQueryField<ImageCacheInventory, Int64> {
            ZStackQueryField("size")
        }

        /// 镜像的md5
        public static var md5sum: ZStackQueryField<ImageCacheInventory, String> {
            ZStackQueryField("md5sum")
        }

        /// 镜像缓存的状态
        public static var state: ZStackQueryField<ImageCacheInventory, String> {
            ZStackQueryField("state")
        }
    }
}
