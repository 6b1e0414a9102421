import HTTPTypes

/// 添加镜像服务器(AddBackupStorage)
///
/// 添加镜像服务器
///
/// `POST /zstack/v1/backup-storage`, asynchronous, authorization required.
///
/// Category: storage.backup
public nonisolated enum AddBackupStorage {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddBackupStorage",
            method: .post,
            pathTemplate: "/zstack/v1/backup-storage",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 镜像服务器地址
        public let url: String

        /// 镜像服务器名字
        public let name: String

        /// 镜像服务器的详细描述
        public let description: String?

        /// 镜像服务器的类型
        public let type: String?

        /// 标记是否要导入镜像服务器中的镜像
        public let importImages: Bool?

        /// 资源UUID。若指定，镜像服务器会使用该字段值作为UUID。
        public let resourceUuid: String?

        /// 镜像服务器系统标签
        public let systemTags: [String]?

        /// 镜像服务器用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - url: 镜像服务器地址
        ///   - name: 镜像服务器名字
        ///   - description: 镜像服务器的详细描述
        ///   - type: 镜像服务器的类型
        ///   - importImages: 标记是否要导入镜像服务器中的镜像
        ///   - resourceUuid: 资源UUID。若指定，镜像服务器会使用该字段值作为UUID。
        ///   - systemTags: 镜像服务器系统标签
        ///   - userTags: 镜像服务器用户标签
        public init(
            url: String,
            name: String,
            description: String? = nil,
            type: String? = nil,
            importImages: Bool? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.url = url
            self.name = name
            self.description = description
            self.type = type
            self.importImages = importImages
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
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
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.url, rhs.url) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.importImages, rhs.importImages) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 镜像服务器清单
    ///
    /// An ``InventoryReply`` of ``BackupStorageInventory``: the replies that differ only in that type share one generic
    /// type.
    ///
    /// - `inventory`: 镜像服务器信息清单
    public typealias Response = InventoryReply<BackupStorageInventory>
}

nonisolated extension ZStackClient {
    /// 添加镜像服务器(AddBackupStorage)
    ///
    /// 添加镜像服务器
    ///
    /// `POST /zstack/v1/backup-storage`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - url: 镜像服务器地址
    ///   - name: 镜像服务器名字
    ///   - description: 镜像服务器的详细描述
    ///   - type: 镜像服务器的类型
    ///   - importImages: 标记是否要导入镜像服务器中的镜像
    ///   - resourceUuid: 资源UUID。若指定，镜像服务器会使用该字段值作为UUID。
    ///   - systemTags: 镜像服务器系统标签
    ///   - userTags: 镜像服务器用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addBackupStorage(
        url: String,
        name: String,
        description: String? = nil,
        type: String? = nil,
        importImages: Bool? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddBackupStorage.Response {
        try await addBackupStorage(
            AddBackupStorage.Request(
                url: url,
                name: name,
                description: description,
                type: type,
                importImages: importImages,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 添加镜像服务器(AddBackupStorage)
    ///
    /// 添加镜像服务器
    ///
    /// `POST /zstack/v1/backup-storage`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addBackupStorage(
        _ request: AddBackupStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddBackupStorage.Response {
        let call = ZStackRequestBuilder(operation: AddBackupStorage.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.url, forKey: "url")
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.importImages, forKey: "importImages")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
