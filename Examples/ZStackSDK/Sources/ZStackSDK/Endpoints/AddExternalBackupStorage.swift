import HTTPTypes

/// AddExternalBackupStorage
///
/// 添加外部镜像存储
///
/// `POST /zstack/v1/backup-storage/addon`, asynchronous, authorization required.
///
/// Category: storage.backup
public nonisolated enum AddExternalBackupStorage {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddExternalBackupStorage",
            method: .post,
            pathTemplate: "/zstack/v1/backup-storage/addon",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `identity` field.
        public let identity: String

        /// The `url` field.
        public let url: String

        /// 资源名称
        public let name: String

        /// 资源的详细描述
        public let description: String?

        /// The `type` field.
        public let type: String?

        /// The `importImages` field.
        public let importImages: Bool?

        /// 资源UUID
        public let resourceUuid: String?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - identity: The `identity` field.
        ///   - url: The `url` field.
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - type: The `type` field.
        ///   - importImages: The `importImages` field.
        ///   - resourceUuid: 资源UUID
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            identity: String,
            url: String,
            name: String,
            description: String? = nil,
            type: String? = nil,
            importImages: Bool? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.identity = identity
            self.url = url
            self.name = name
            self.description = description
            self.type = type
            self.importImages = importImages
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
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
            guard ZStackFieldwise.same(lhs.identity, rhs.identity) else { return false }
            guard ZStackFieldwise.same(lhs.url, rhs.url) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.importImages, rhs.importImages) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 添加外部镜像存储结果
    ///
    /// An ``InventoryReply`` of ``ExternalBackupStorageInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<ExternalBackupStorageInventory>
}

nonisolated extension ZStackClient {
    /// AddExternalBackupStorage
    ///
    /// 添加外部镜像存储
    ///
    /// `POST /zstack/v1/backup-storage/addon`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - identity: The `identity` field.
    ///   - url: The `url` field.
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - type: The `type` field.
    ///   - importImages: The `importImages` field.
    ///   - resourceUuid: 资源UUID
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 添加外部镜像存储结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addExternalBackupStorage(
        identity: String,
        url: String,
        name: String,
        description: String? = nil,
        type: String? = nil,
        importImages: Bool? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddExternalBackupStorage.Response {
        try await addExternalBackupStorage(
            AddExternalBackupStorage.Request(
                identity: identity,
                url: url,
                name: name,
                description: description,
                type: type,
                importImages: importImages,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AddExternalBackupStorage
    ///
    /// 添加外部镜像存储
    ///
    /// `POST /zstack/v1/backup-storage/addon`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 添加外部镜像存储结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addExternalBackupStorage(
        _ request: AddExternalBackupStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddExternalBackupStorage.Response {
        let call = ZStackRequestBuilder(operation: AddExternalBackupStorage.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.identity, forKey: "identity")
                try wrapped.encodeValue(request.url, forKey: "url")
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.importImages, forKey: "importImages")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
