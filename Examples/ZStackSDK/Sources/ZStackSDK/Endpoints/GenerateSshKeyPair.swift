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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GenerateSshKeyPair",
            method: .post,
            pathTemplate: "/zstack/v1/ssh-key-pair/generate",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
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
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 生成密钥对返回
    ///
    /// An ``InventoryReply`` of ``SshPrivateKeyPairInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<SshPrivateKeyPairInventory>
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
        let call = ZStackRequestBuilder(operation: GenerateSshKeyPair.operation)
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
