import HTTPTypes

/// AddExternalPrimaryStorage
///
/// 添加外部存储
///
/// `POST /zstack/v1/primary-storage/addon`, asynchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum AddExternalPrimaryStorage {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddExternalPrimaryStorage",
            method: .post,
            pathTemplate: "/zstack/v1/primary-storage/addon",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 存储标识
        public let identity: String

        /// 默认输出协议
        public let defaultOutputProtocol: AddExternalPrimaryStorageDefaultOutputProtocol

        /// The `url` field.
        public let url: String

        /// 资源名称
        public let name: String

        /// 区域UUID
        public let zoneUuid: String

        /// 配置
        public let config: String?

        /// 资源的详细描述
        public let description: String?

        /// 类型
        public let type: String?

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
        ///   - identity: 存储标识
        ///   - defaultOutputProtocol: 默认输出协议
        ///   - url: The `url` field.
        ///   - name: 资源名称
        ///   - zoneUuid: 区域UUID
        ///   - config: 配置
        ///   - description: 资源的详细描述
        ///   - type: 类型
        ///   - resourceUuid: 资源UUID
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            identity: String,
            defaultOutputProtocol: AddExternalPrimaryStorageDefaultOutputProtocol,
            url: String,
            name: String,
            zoneUuid: String,
            config: String? = nil,
            description: String? = nil,
            type: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.identity = identity
            self.defaultOutputProtocol = defaultOutputProtocol
            self.url = url
            self.name = name
            self.zoneUuid = zoneUuid
            self.config = config
            self.description = description
            self.type = type
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
            guard ZStackFieldwise.same(lhs.defaultOutputProtocol, rhs.defaultOutputProtocol) else { return false }
            guard ZStackFieldwise.same(lhs.url, rhs.url) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
            guard ZStackFieldwise.same(lhs.config, rhs.config) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 主存储清单
    ///
    /// An ``InventoryReply`` of ``PrimaryStorageInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<PrimaryStorageInventory>
}

nonisolated extension ZStackClient {
    /// AddExternalPrimaryStorage
    ///
    /// 添加外部存储
    ///
    /// `POST /zstack/v1/primary-storage/addon`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - identity: 存储标识
    ///   - defaultOutputProtocol: 默认输出协议
    ///   - url: The `url` field.
    ///   - name: 资源名称
    ///   - zoneUuid: 区域UUID
    ///   - config: 配置
    ///   - description: 资源的详细描述
    ///   - type: 类型
    ///   - resourceUuid: 资源UUID
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addExternalPrimaryStorage(
        identity: String,
        defaultOutputProtocol: AddExternalPrimaryStorageDefaultOutputProtocol,
        url: String,
        name: String,
        zoneUuid: String,
        config: String? = nil,
        description: String? = nil,
        type: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddExternalPrimaryStorage.Response {
        try await addExternalPrimaryStorage(
            AddExternalPrimaryStorage.Request(
                identity: identity,
                defaultOutputProtocol: defaultOutputProtocol,
                url: url,
                name: name,
                zoneUuid: zoneUuid,
                config: config,
                description: description,
                type: type,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AddExternalPrimaryStorage
    ///
    /// 添加外部存储
    ///
    /// `POST /zstack/v1/primary-storage/addon`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addExternalPrimaryStorage(
        _ request: AddExternalPrimaryStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddExternalPrimaryStorage.Response {
        let call = ZStackRequestBuilder(operation: AddExternalPrimaryStorage.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.identity, forKey: "identity")
                try wrapped.encodeValue(request.defaultOutputProtocol, forKey: "defaultOutputProtocol")
                try wrapped.encodeValue(request.config, forKey: "config")
                try wrapped.encodeValue(request.url, forKey: "url")
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.zoneUuid, forKey: "zoneUuid")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
