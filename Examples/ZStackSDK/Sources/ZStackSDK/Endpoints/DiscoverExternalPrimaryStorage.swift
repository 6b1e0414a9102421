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
    public static let operation = ZStackOperation(
        id: "DiscoverExternalPrimaryStorage",
        method: .post,
        pathTemplate: "/zstack/v1/primary-storage/addon/discover",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
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
                (lhs.url, lhs.identity, lhs.config, lhs.systemTags, lhs.userTags),
                (rhs.url, rhs.identity, rhs.config, rhs.systemTags, rhs.userTags)
            )
        }
    }

    /// 发现外部存储
    public struct Response: Codable, Sendable, Equatable {
        /// The `inventory` field.
        public let inventory: ExternalPrimaryStorageInventory?

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
        public init(inventory: ExternalPrimaryStorageInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
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
            self.inventory = try object.optionalValue(ExternalPrimaryStorageInventory.self, forKey: "inventory")
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
        var call = ZStackRequestBuilder(operation: DiscoverExternalPrimaryStorage.operation)
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
