import HTTPTypes

/// 从云盘快照创建数据云盘镜像(CreateDataVolumeTemplateFromVolumeSnapshot)
///
/// 从指定的云盘快照创建出一个数据云盘镜像
///
/// `POST /zstack/v1/images/data-volume-templates/from/volume-snapshots/{snapshotUuid}`, asynchronous, authorization
/// required.
///
/// Category: image
public nonisolated enum CreateDataVolumeTemplateFromVolumeSnapshot {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateDataVolumeTemplateFromVolumeSnapshot",
            method: .post,
            pathTemplate: "/zstack/v1/images/data-volume-templates/from/volume-snapshots/{snapshotUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 数据云盘快照的资源UUID
        public let snapshotUuid: String

        /// 数据云盘镜像名称
        public let name: String

        /// 镜像服务器UUID列表
        public let backupStorageUuids: [String]

        /// 数据云盘镜像描述
        public let description: String?

        /// 数据云盘镜像UUID。若指定，数据云盘镜像会使用该字段值作为UUID。
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
        ///   - snapshotUuid: 数据云盘快照的资源UUID
        ///   - name: 数据云盘镜像名称
        ///   - backupStorageUuids: 镜像服务器UUID列表
        ///   - description: 数据云盘镜像描述
        ///   - resourceUuid: 数据云盘镜像UUID。若指定，数据云盘镜像会使用该字段值作为UUID。
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            snapshotUuid: String,
            name: String,
            backupStorageUuids: [String],
            description: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.snapshotUuid = snapshotUuid
            self.name = name
            self.backupStorageUuids = backupStorageUuids
            self.description = description
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
            guard ZStackFieldwise.same(lhs.snapshotUuid, rhs.snapshotUuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.backupStorageUuids, rhs.backupStorageUuids) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 镜像清单
    public final class Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `inventory` field.
        public let inventory: ImageInventory?

        /// The `failures` field.
        public let failures: [ZStackJSONValue]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        ///   - failures: The `failures` field.
        public init(
            success: Bool? = nil,
            error: ErrorCode? = nil,
            inventory: ImageInventory? = nil,
            failures: [ZStackJSONValue]? = nil
        ) {
            self.success = success
            self.error = error
            self.inventory = inventory
            self.failures = failures
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.inventory = try object.optionalValue(ImageInventory.self, forKey: "inventory")
            self.failures = try object.optionalValue([ZStackJSONValue].self, forKey: "failures")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.inventory, forKey: "inventory")
            try object.encodeValue(self.failures, forKey: "failures")
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
        public static func fieldsAreEqual(_ lhs: Response, _ rhs: Response) -> Bool {
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            guard ZStackFieldwise.same(lhs.error, rhs.error) else { return false }
            guard ZStackFieldwise.same(lhs.inventory, rhs.inventory) else { return false }
            return ZStackFieldwise.same(lhs.failures, rhs.failures)
        }
    }
}

nonisolated extension ZStackClient {
    /// 从云盘快照创建数据云盘镜像(CreateDataVolumeTemplateFromVolumeSnapshot)
    ///
    /// 从指定的云盘快照创建出一个数据云盘镜像
    ///
    /// `POST /zstack/v1/images/data-volume-templates/from/volume-snapshots/{snapshotUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - snapshotUuid: 数据云盘快照的资源UUID
    ///   - name: 数据云盘镜像名称
    ///   - backupStorageUuids: 镜像服务器UUID列表
    ///   - description: 数据云盘镜像描述
    ///   - resourceUuid: 数据云盘镜像UUID。若指定，数据云盘镜像会使用该字段值作为UUID。
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDataVolumeTemplateFromVolumeSnapshot(
        snapshotUuid: String,
        name: String,
        backupStorageUuids: [String],
        description: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDataVolumeTemplateFromVolumeSnapshot.Response {
        try await createDataVolumeTemplateFromVolumeSnapshot(
            CreateDataVolumeTemplateFromVolumeSnapshot.Request(
                snapshotUuid: snapshotUuid,
                name: name,
                backupStorageUuids: backupStorageUuids,
                description: description,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 从云盘快照创建数据云盘镜像(CreateDataVolumeTemplateFromVolumeSnapshot)
    ///
    /// 从指定的云盘快照创建出一个数据云盘镜像
    ///
    /// `POST /zstack/v1/images/data-volume-templates/from/volume-snapshots/{snapshotUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDataVolumeTemplateFromVolumeSnapshot(
        _ request: CreateDataVolumeTemplateFromVolumeSnapshot.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDataVolumeTemplateFromVolumeSnapshot.Response {
        let call = ZStackRequestBuilder(operation: CreateDataVolumeTemplateFromVolumeSnapshot.operation)
        call.setPathParameter("snapshotUuid", to: request.snapshotUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.backupStorageUuids, forKey: "backupStorageUuids")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
