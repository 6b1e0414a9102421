public import Foundation

/// 镜像清单
public nonisolated final class ImageInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// 镜像的启动状态
    public let state: String?

    /// 镜像的就绪状态
    public let status: String?

    /// 镜像大小
    public let size: Int64?

    /// 镜像真实容量
    public let actualSize: Int64?

    /// 镜像的md5值
    public let md5Sum: String?

    /// 镜像的URL地址
    public let url: String?

    /// 镜像的类型
    public let mediaType: String?

    /// 镜像对应的客户机操作系统类型
    public let guestOsType: String?

    /// 内部使用字段
    public let type: String?

    /// 镜像的系统平台
    public let platform: String?

    /// 镜像CPU架构
    public let architecture: String?

    /// 镜像的格式，比如：raw
    public let format: String?

    /// 标识是否为系统镜像
    public let system: Bool?

    /// 是否支持virtio
    public let virtio: Bool?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `backupStorageRefs` field.
    public let backupStorageRefs: [ImageBackupStorageRefInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - state: 镜像的启动状态
    ///   - status: 镜像的就绪状态
    ///   - size: 镜像大小
    ///   - actualSize: 镜像真实容量
    ///   - md5Sum: 镜像的md5值
    ///   - url: 镜像的URL地址
    ///   - mediaType: 镜像的类型
    ///   - guestOsType: 镜像对应的客户机操作系统类型
    ///   - type: 内部使用字段
    ///   - platform: 镜像的系统平台
    ///   - architecture: 镜像CPU架构
    ///   - format: 镜像的格式，比如：raw
    ///   - system: 标识是否为系统镜像
    ///   - virtio: 是否支持virtio
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - backupStorageRefs: The `backupStorageRefs` field.
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        state: String? = nil,
        status: String? = nil,
        size: Int64? = nil,
        actualSize: Int64? = nil,
        md5Sum: String? = nil,
        url: String? = nil,
        mediaType: String? = nil,
        guestOsType: String? = nil,
        type: String? = nil,
        platform: String? = nil,
        architecture: String? = nil,
        format: String? = nil,
        system: Bool? = nil,
        virtio: Bool? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        backupStorageRefs: [ImageBackupStorageRefInventory]? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.state = state
        self.status = status
        self.size = size
        self.actualSize = actualSize
        self.md5Sum = md5Sum
        self.url = url
        self.mediaType = mediaType
        self.guestOsType = guestOsType
        self.type = type
        self.platform = platform
        self.architecture = architecture
        self.format = format
        self.system = system
        self.virtio = virtio
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.backupStorageRefs = backupStorageRefs
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
        self.state = try object.optionalValue(String.self, forKey: "state")
        self.status = try object.optionalValue(String.self, forKey: "status")
        self.size = try object.optionalValue(Int64.self, forKey: "size")
        self.actualSize = try object.optionalValue(Int64.self, forKey: "actualSize")
        self.md5Sum = try object.optionalValue(String.self, forKey: "md5Sum")
        self.url = try object.optionalValue(String.self, forKey: "url")
        self.mediaType = try object.optionalValue(String.self, forKey: "mediaType")
        self.guestOsType = try object.optionalValue(String.self, forKey: "guestOsType")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.platform = try object.optionalValue(String.self, forKey: "platform")
        self.architecture = try object.optionalValue(String.self, forKey: "architecture")
        self.format = try object.optionalValue(String.self, forKey: "format")
        self.system = try object.optionalValue(Bool.self, forKey: "system")
        self.virtio = try object.optionalValue(Bool.self, forKey: "virtio")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.backupStorageRefs = try object.optionalValue(
            [ImageBackupStorageRefInventory].self,
            forKey: "backupStorageRefs"
        )
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
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.status, forKey: "status")
        try object.encodeValue(self.size, forKey: "size")
        try object.encodeValue(self.actualSize, forKey: "actualSize")
        try object.encodeValue(self.md5Sum, forKey: "md5Sum")
        try object.encodeValue(self.url, forKey: "url")
        try object.encodeValue(self.mediaType, forKey: "mediaType")
        try object.encodeValue(self.guestOsType, forKey: "guestOsType")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.platform, forKey: "platform")
        try object.encodeValue(self.architecture, forKey: "architecture")
        try object.encodeValue(self.format, forKey: "format")
        try object.encodeValue(self.system, forKey: "system")
        try object.encodeValue(self.virtio, forKey: "virtio")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.backupStorageRefs, forKey: "backupStorageRefs")
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
    public static func fieldsAreEqual(_ lhs: ImageInventory, _ rhs: ImageInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
        guard ZStackFieldwise.same(lhs.status, rhs.status) else { return false }
        guard ZStackFieldwise.same(lhs.size, rhs.size) else { return false }
        guard ZStackFieldwise.same(lhs.actualSize, rhs.actualSize) else { return false }
        guard ZStackFieldwise.same(lhs.md5Sum, rhs.md5Sum) else { return false }
        guard ZStackFieldwise.same(lhs.url, rhs.url) else { return false }
        guard ZStackFieldwise.same(lhs.mediaType, rhs.mediaType) else { return false }
        guard ZStackFieldwise.same(lhs.guestOsType, rhs.guestOsType) else { return false }
        guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
        guard ZStackFieldwise.same(lhs.platform, rhs.platform) else { return false }
        guard ZStackFieldwise.same(lhs.architecture, rhs.architecture) else { return false }
        guard ZStackFieldwise.same(lhs.format, rhs.format) else { return false }
        guard ZStackFieldwise.same(lhs.system, rhs.system) else { return false }
        guard ZStackFieldwise.same(lhs.virtio, rhs.virtio) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        return ZStackFieldwise.same(lhs.backupStorageRefs, rhs.backupStorageRefs)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.state)
        hasher.combine(self.status)
        hasher.combine(self.size)
        hasher.combine(self.actualSize)
        hasher.combine(self.md5Sum)
        hasher.combine(self.url)
        hasher.combine(self.mediaType)
        hasher.combine(self.guestOsType)
        hasher.combine(self.type)
        hasher.combine(self.platform)
        hasher.combine(self.architecture)
        hasher.combine(self.format)
        hasher.combine(self.system)
        hasher.combine(self.virtio)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.backupStorageRefs)
    }
}

nonisolated extension ImageInventory {
    /// The fields of ``ImageInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``ImageInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``ImageInventory`` for its own conditions.
        public init() where Root == ImageInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``ImageInventory`` reached from `Root` through the fields that `path` names.
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

        /// 镜像的启动状态
        public var state: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "state")
        }

        /// 镜像的就绪状态
        public var status: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "status")
        }

        /// 镜像大小
        public var size: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "size")
        }

        /// 镜像真实容量
        public var actualSize: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "actualSize")
        }

        /// 镜像的md5值
        public var md5Sum: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "md5Sum")
        }

        /// 镜像的URL地址
        public var url: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "url")
        }

        /// 镜像的类型
        public var mediaType: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "mediaType")
        }

        /// 镜像对应的客户机操作系统类型
        public var guestOsType: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "guestOsType")
        }

        /// 内部使用字段
        public var type: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "type")
        }

        /// 镜像的系统平台
        public var platform: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "platform")
        }

        /// 镜像CPU架构
        public var architecture: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "architecture")
        }

        /// 镜像的格式，比如：raw
        public var format: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "format")
        }

        /// 标识是否为系统镜像
        public var system: ZStackQueryField<Root, Bool> {
            ZStackQueryField(pathFromRoot, "system")
        }

        /// 是否支持virtio
        public var virtio: ZStackQueryField<Root, Bool> {
            ZStackQueryField(pathFromRoot, "virtio")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }

        /// The `backupStorageRefs` field. Its fields are compared as `backupStorageRefs.<field>`: an item matches when
        /// one of its `backupStorageRefs` does.
        public var backupStorageRefs: ImageBackupStorageRefInventory.QueryFields<Root> {
            ImageBackupStorageRefInventory.QueryFields(path: pathFromRoot.appending("backupStorageRefs"))
        }
    }
}
