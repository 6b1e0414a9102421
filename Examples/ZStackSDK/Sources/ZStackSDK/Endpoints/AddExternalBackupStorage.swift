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
    public static let operation = ZStackOperation(
        id: "AddExternalBackupStorage",
        method: .post,
        pathTemplate: "/zstack/v1/backup-storage/addon",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
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
        /// `Equatable`'s `==` under a name of its own, as a synthesized `==` is declared, so that it does not
        /// join the overloads that every `==` in this module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool {
            ZStackFieldwise.equal(
                (
                    lhs.identity,
                    lhs.url,
                    lhs.name,
                    lhs.description,
                    lhs.type,
                    lhs.importImages,
                    lhs.resourceUuid,
                    lhs.tagUuids,
                    lhs.systemTags,
                    lhs.userTags
                ),
                (
                    rhs.identity,
                    rhs.url,
                    rhs.name,
                    rhs.description,
                    rhs.type,
                    rhs.importImages,
                    rhs.resourceUuid,
                    rhs.tagUuids,
                    rhs.systemTags,
                    rhs.userTags
                )
            )
        }
    }

    /// 添加外部镜像存储结果
    public struct Response: Codable, Sendable, Equatable {
        /// The `inventory` field.
        public let inventory: ExternalBackupStorageInventory?

        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - inventory: The `inventory` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(inventory: ExternalBackupStorageInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.inventory = inventory
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.inventory = try object.optionalValue(ExternalBackupStorageInventory.self, forKey: "inventory")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.inventory, forKey: "inventory")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, as a synthesized `==` is declared, so that it does not
        /// join the overloads that every `==` in this module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool {
            ZStackFieldwise.equal((lhs.inventory, lhs.success, lhs.error), (rhs.inventory, rhs.success, rhs.error))
        }
    }
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
        var call = ZStackRequestBuilder(operation: AddExternalBackupStorage.operation)
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
