public import Foundation

/// `ImageBackupStorageRefInventory`, as the API describes it.
public nonisolated final class ImageBackupStorageRefInventory: Codable, Sendable, Hashable {
    /// 镜像UUID
    public let imageUuid: String?

    /// 镜像存储UUID
    public let backupStorageUuid: String?

    /// 在镜像服务器上的安装路径
    public let installPath: String?

    /// 导出镜像的url
    public let exportUrl: String?

    /// 导出镜像的md5值
    public let exportMd5Sum: String?

    /// 镜像就绪状态
    public let status: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - imageUuid: 镜像UUID
    ///   - backupStorageUuid: 镜像存储UUID
    ///   - installPath: 在镜像服务器上的安装路径
    ///   - exportUrl: 导出镜像的url
    ///   - exportMd5Sum: 导出镜像的md5值
    ///   - status: 镜像就绪状态
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        imageUuid: String? = nil,
        backupStorageUuid: String? = nil,
        installPath: String? = nil,
        exportUrl: String? = nil,
        exportMd5Sum: String? = nil,
        status: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.imageUuid = imageUuid
        self.backupStorageUuid = backupStorageUuid
        self.installPath = installPath
        self.exportUrl = exportUrl
        self.exportMd5Sum = exportMd5Sum
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
        self.imageUuid = try object.optionalValue(String.self, forKey: "imageUuid")
        self.backupStorageUuid = try object.optionalValue(String.self, forKey: "backupStorageUuid")
        self.installPath = try object.optionalValue(String.self, forKey: "installPath")
        self.exportUrl = try object.optionalValue(String.self, forKey: "exportUrl")
        self.exportMd5Sum = try object.optionalValue(String.self, forKey: "exportMd5Sum")
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
        try object.encodeValue(self.imageUuid, forKey: "imageUuid")
        try object.encodeValue(self.backupStorageUuid, forKey: "backupStorageUuid")
        try object.encodeValue(self.installPath, forKey: "installPath")
        try object.encodeValue(self.exportUrl, forKey: "exportUrl")
        try object.encodeValue(self.exportMd5Sum, forKey: "exportMd5Sum")
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
        _ lhs: ImageBackupStorageRefInventory,
        _ rhs: ImageBackupStorageRefInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.imageUuid, rhs.imageUuid) else { return false }
        guard ZStackFieldwise.same(lhs.backupStorageUuid, rhs.backupStorageUuid) else { return false }
        guard ZStackFieldwise.same(lhs.installPath, rhs.installPath) else { return false }
        guard ZStackFieldwise.same(lhs.exportUrl, rhs.exportUrl) else { return false }
        guard ZStackFieldwise.same(lhs.exportMd5Sum, rhs.exportMd5Sum) else { return false }
        guard ZStackFieldwise.same(lhs.status, rhs.status) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.imageUuid)
        hasher.combine(self.backupStorageUuid)
        hasher.combine(self.installPath)
        hasher.combine(self.exportUrl)
        hasher.combine(self.exportMd5Sum)
        hasher.combine(self.status)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension ImageBackupStorageRefInventory {
    /// The fields of ``ImageBackupStorageRefInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.imageUuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``ImageBackupStorageRefInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.imageUuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``ImageBackupStorageRefInventory`` for its own conditions.
        public init() where Root == ImageBackupStorageRefInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``ImageBackupStorageRefInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 镜像UUID
        public var imageUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "imageUuid")
        }

        /// 镜像存储UUID
        public var backupStorageUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "backupStorageUuid")
        }

        /// 在镜像服务器上的安装路径
        public var installPath: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "installPath")
        }

        /// 导出镜像的url
        public var exportUrl: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "exportUrl")
        }

        /// 导出镜像的md5值
        public var exportMd5Sum: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "exportMd5Sum")
        }

        /// 镜像就绪状态
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
