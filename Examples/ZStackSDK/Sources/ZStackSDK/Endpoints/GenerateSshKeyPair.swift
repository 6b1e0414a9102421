import HTTPTypes

/// GenerateSshKeyPair
///
/// 生成密钥对
///
/// `POST /zstack/v1/ssh-key-pair/generate`, synchronous, authorization required.
///
/// Category: sshKeyPair
public nonisolated enum GenerateSshKeyPair {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GenerateSshKeyPair",
        method: .post,
        pathTemplate: "/zstack/v1/ssh-key-pair/generate",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// 资源名称
        public let name: String

        /// 资源的详细描述
        public let description: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(name: String, description: String? = nil, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.name = name
            self.description = description
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
                (lhs.name, lhs.description, lhs.systemTags, lhs.userTags),
                (rhs.name, rhs.description, rhs.systemTags, rhs.userTags)
            )
        }
    }

    /// 生成密钥对返回
    public struct Response: Codable, Sendable, Equatable {
        /// The `inventory` field.
        public let inventory: SshPrivateKeyPairInventory?

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
        public init(inventory: SshPrivateKeyPairInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
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
            self.inventory = try object.optionalValue(SshPrivateKeyPairInventory.self, forKey: "inventory")
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
    /// GenerateSshKeyPair
    ///
    /// 生成密钥对
    ///
    /// `POST /zstack/v1/ssh-key-pair/generate`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 生成密钥对返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func generateSshKeyPair(
        name: String,
        description: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GenerateSshKeyPair.Response {
        try await generateSshKeyPair(
            GenerateSshKeyPair.Request(name: name, description: description, systemTags: systemTags, userTags: userTags)
        )
    }

    /// GenerateSshKeyPair
    ///
    /// 生成密钥对
    ///
    /// `POST /zstack/v1/ssh-key-pair/generate`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 生成密钥对返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func generateSshKeyPair(
        _ request: GenerateSshKeyPair.Request
    ) async throws -> GenerateSshKeyPair.Response {
        var call = ZStackRequestBuilder(operation: GenerateSshKeyPair.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call)
    }
}
