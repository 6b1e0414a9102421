import HTTPTypes

/// AddSimulatorBackupStorage
///
/// 在这里填写API描述
///
/// `POST /zstack/v1/backup-storage/simulators`, asynchronous, authorization required.
///
/// Category: storage.backup
public nonisolated enum AddSimulatorBackupStorage {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddSimulatorBackupStorage",
            method: .post,
            pathTemplate: "/zstack/v1/backup-storage/simulators",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `url` field.
        public let url: String

        /// 资源名称
        public let name: String

        /// The `totalCapacity` field.
        public let totalCapacity: Int64?

        /// The `availableCapacity` field.
        public let availableCapacity: Int64?

        /// 资源的详细描述
        public let description: String?

        /// The `type` field.
        public let type: String?

        /// The `importImages` field.
        public let importImages: Bool?

        /// The `resourceUuid` field.
        public let resourceUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - url: The `url` field.
        ///   - name: 资源名称
        ///   - totalCapacity: The `totalCapacity` field.
        ///   - availableCapacity: The `availableCapacity` field.
        ///   - description: 资源的详细描述
        ///   - type: The `type` field.
        ///   - importImages: The `importImages` field.
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            url: String,
            name: String,
            totalCapacity: Int64? = nil,
            availableCapacity: Int64? = nil,
            description: String? = nil,
            type: String? = nil,
            importImages: Bool? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.url = url
            self.name = name
            self.totalCapacity = totalCapacity
            self.availableCapacity = availableCapacity
            self.description = description
            self.type = type
            self.importImages = importImages
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.tagUuids = tagUuids
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
            guard ZStackFieldwise.same(lhs.totalCapacity, rhs.totalCapacity) else { return false }
            guard ZStackFieldwise.same(lhs.availableCapacity, rhs.availableCapacity) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.importImages, rhs.importImages) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
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
    /// AddSimulatorBackupStorage
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/backup-storage/simulators`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - url: The `url` field.
    ///   - name: 资源名称
    ///   - totalCapacity: The `totalCapacity` field.
    ///   - availableCapacity: The `availableCapacity` field.
    ///   - description: 资源的详细描述
    ///   - type: The `type` field.
    ///   - importImages: The `importImages` field.
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addSimulatorBackupStorage(
        url: String,
        name: String,
        totalCapacity: Int64? = nil,
        availableCapacity: Int64? = nil,
        description: String? = nil,
        type: String? = nil,
        importImages: Bool? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddSimulatorBackupStorage.Response {
        try await addSimulatorBackupStorage(
            AddSimulatorBackupStorage.Request(
                url: url,
                name: name,
                totalCapacity: totalCapacity,
                availableCapacity: availableCapacity,
                description: description,
                type: type,
                importImages: importImages,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// AddSimulatorBackupStorage
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/backup-storage/simulators`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addSimulatorBackupStorage(
        _ request: AddSimulatorBackupStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddSimulatorBackupStorage.Response {
        let call = ZStackRequestBuilder(operation: AddSimulatorBackupStorage.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.totalCapacity, forKey: "totalCapacity")
                try wrapped.encodeValue(request.availableCapacity, forKey: "availableCapacity")
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
