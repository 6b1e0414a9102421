import HTTPTypes

/// UpdateExternalPrimaryStorage
///
/// 更新外部存储
///
/// `PUT /zstack/v1/primary-storage/addon/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum UpdateExternalPrimaryStorage {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateExternalPrimaryStorage",
            method: .put,
            pathTemplate: "/zstack/v1/primary-storage/addon/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// 配置
        public let config: String?

        /// 默认协议
        public let defaultProtocol: UpdateExternalPrimaryStorageDefaultProtocol?

        /// 资源名称
        public let name: String?

        /// 资源的详细描述
        public let description: String?

        /// The `url` field.
        public let url: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - config: 配置
        ///   - defaultProtocol: 默认协议
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - url: The `url` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            config: String? = nil,
            defaultProtocol: UpdateExternalPrimaryStorageDefaultProtocol? = nil,
            name: String? = nil,
            description: String? = nil,
            url: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.config = config
            self.defaultProtocol = defaultProtocol
            self.name = name
            self.description = description
            self.url = url
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
            guard ZStackFieldwise.same(lhs.config, rhs.config) else { return false }
            guard ZStackFieldwise.same(lhs.defaultProtocol, rhs.defaultProtocol) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.url, rhs.url) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 更新外部存储结果
    ///
    /// An ``InventoryReply`` of ``ExternalPrimaryStorageInventory``: the replies that differ only in that type share
    /// one generic type.
    public typealias Response = InventoryReply<ExternalPrimaryStorageInventory>
}

nonisolated extension ZStackClient {
    /// UpdateExternalPrimaryStorage
    ///
    /// 更新外部存储
    ///
    /// `PUT /zstack/v1/primary-storage/addon/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - config: 配置
    ///   - defaultProtocol: 默认协议
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - url: The `url` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新外部存储结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateExternalPrimaryStorage(
        uuid: String,
        config: String? = nil,
        defaultProtocol: UpdateExternalPrimaryStorageDefaultProtocol? = nil,
        name: String? = nil,
        description: String? = nil,
        url: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateExternalPrimaryStorage.Response {
        try await updateExternalPrimaryStorage(
            UpdateExternalPrimaryStorage.Request(
                uuid: uuid,
                config: config,
                defaultProtocol: defaultProtocol,
                name: name,
                description: description,
                url: url,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateExternalPrimaryStorage
    ///
    /// 更新外部存储
    ///
    /// `PUT /zstack/v1/primary-storage/addon/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新外部存储结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateExternalPrimaryStorage(
        _ request: UpdateExternalPrimaryStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateExternalPrimaryStorage.Response {
        let call = ZStackRequestBuilder(operation: UpdateExternalPrimaryStorage.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateExternalPrimaryStorage") { wrapped in
                try wrapped.encodeValue(request.config, forKey: "config")
                try wrapped.encodeValue(request.defaultProtocol, forKey: "defaultProtocol")
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.url, forKey: "url")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
