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
    public struct Request: Sendable, Hashable {
        /// 资源名称
        public var name: String

        /// 资源的详细描述
        public var description: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

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
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [String]?
        var userTags: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var name: String
            var description: String?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
            }
        }
    }

    /// 生成密钥对返回
    public struct Response: Codable, Sendable, Hashable {
        /// The `inventory` field.
        public var inventory: SshPrivateKeyPairInventory?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

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

        private enum CodingKeys: String, CodingKey {
            case inventory = "inventory"
            case success = "success"
            case error = "error"
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
        call.jsonBody = GenerateSshKeyPair.Body(request)
        return try await perform(call)
    }
}
