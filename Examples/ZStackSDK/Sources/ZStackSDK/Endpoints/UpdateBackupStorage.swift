import HTTPTypes

/// 更新镜像服务器信息(UpdateBackupStorage)
///
/// 更新镜像服务器信息
///
/// `PUT /zstack/v1/backup-storage/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: storage.backup
public nonisolated enum UpdateBackupStorage {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateBackupStorage",
            method: .put,
            pathTemplate: "/zstack/v1/backup-storage/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 指定目标镜像服务器的UUID
        public let uuid: String

        /// 镜像服务器的新名称
        public let name: String?

        /// 镜像服务器新的详细描述
        public let description: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 指定目标镜像服务器的UUID
        ///   - name: 镜像服务器的新名称
        ///   - description: 镜像服务器新的详细描述
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            name: String? = nil,
            description: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.name = name
            self.description = description
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 镜像服务器清单
    ///
    /// An ``InventoryReply`` of ``BackupStorageInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<BackupStorageInventory>
}

nonisolated extension ZStackClient {
    /// 更新镜像服务器信息(UpdateBackupStorage)
    ///
    /// 更新镜像服务器信息
    ///
    /// `PUT /zstack/v1/backup-storage/{uuid}/actions`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 指定目标镜像服务器的UUID
    ///   - name: 镜像服务器的新名称
    ///   - description: 镜像服务器新的详细描述
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateBackupStorage(
        uuid: String,
        name: String? = nil,
        description: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateBackupStorage.Response {
        try await updateBackupStorage(
            UpdateBackupStorage.Request(
                uuid: uuid,
                name: name,
                description: description,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 更新镜像服务器信息(UpdateBackupStorage)
    ///
    /// 更新镜像服务器信息
    ///
    /// `PUT /zstack/v1/backup-storage/{uuid}/actions`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateBackupStorage(
        _ request: UpdateBackupStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateBackupStorage.Response {
        let call = ZStackRequestBuilder(operation: UpdateBackupStorage.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateBackupStorage") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
