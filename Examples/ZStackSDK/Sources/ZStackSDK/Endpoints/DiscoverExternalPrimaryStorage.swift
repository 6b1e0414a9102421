import HTTPTypes

/// DiscoverExternalPrimaryStorage
///
/// 发现外部存储
///
/// `POST /zstack/v1/primary-storage/addon/discover`, asynchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum DiscoverExternalPrimaryStorage {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "DiscoverExternalPrimaryStorage",
            method: .post,
            pathTemplate: "/zstack/v1/primary-storage/addon/discover",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `url` field.
        public let url: String

        /// 存储标识
        public let identity: String?

        /// 配置
        public let config: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - url: The `url` field.
        ///   - identity: 存储标识
        ///   - config: 配置
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            url: String,
            identity: String? = nil,
            config: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.url = url
            self.identity = identity
            self.config = config
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
            guard ZStackFieldwise.same(lhs.identity, rhs.identity) else { return false }
            guard ZStackFieldwise.same(lhs.config, rhs.config) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 发现外部存储
    ///
    /// An ``InventoryReply`` of ``ExternalPrimaryStorageInventory``: the replies that differ only in that type share
    /// one generic type.
    public typealias Response = InventoryReply<ExternalPrimaryStorageInventory>
}

nonisolated extension ZStackClient {
    /// DiscoverExternalPrimaryStorage
    ///
    /// 发现外部存储
    ///
    /// `POST /zstack/v1/primary-storage/addon/discover`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - url: The `url` field.
    ///   - identity: 存储标识
    ///   - config: 配置
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 发现外部存储
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func discoverExternalPrimaryStorage(
        url: String,
        identity: String? = nil,
        config: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DiscoverExternalPrimaryStorage.Response {
        try await discoverExternalPrimaryStorage(
            DiscoverExternalPrimaryStorage.Request(
                url: url,
                identity: identity,
                config: config,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// DiscoverExternalPrimaryStorage
    ///
    /// 发现外部存储
    ///
    /// `POST /zstack/v1/primary-storage/addon/discover`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 发现外部存储
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func discoverExternalPrimaryStorage(
        _ request: DiscoverExternalPrimaryStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DiscoverExternalPrimaryStorage.Response {
        let call = ZStackRequestBuilder(operation: DiscoverExternalPrimaryStorage.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.url, forKey: "url")
                try wrapped.encodeValue(request.identity, forKey: "identity")
                try wrapped.encodeValue(request.config, forKey: "config")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
