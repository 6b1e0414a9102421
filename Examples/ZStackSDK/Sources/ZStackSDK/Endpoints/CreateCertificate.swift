import HTTPTypes

/// CreateCertificate
///
/// 创建证书
///
/// `POST /zstack/v1/certificates`, asynchronous, authorization required.
///
/// Category: loadBalancer
public nonisolated enum CreateCertificate {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateCertificate",
        method: .post,
        pathTemplate: "/zstack/v1/certificates",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源名称
        public var name: String

        /// The `certificate` field.
        public var certificate: String

        /// 资源的详细描述
        public var description: String?

        /// The `resourceUuid` field.
        public var resourceUuid: String?

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - certificate: The `certificate` field.
        ///   - description: 资源的详细描述
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        ///   - tagUuids: 标签UUID列表
        public init(
            name: String,
            certificate: String,
            description: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.name = name
            self.certificate = certificate
            self.description = description
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.tagUuids = tagUuids
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
            var certificate: String
            var description: String?
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.name = request.name
                self.certificate = request.certificate
                self.description = request.description
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case certificate = "certificate"
                case description = "description"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 创建证书返回值
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: CertificateInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: CertificateInventory? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventory = "inventory"
        }
    }
}

nonisolated extension ZStackClient {
    /// CreateCertificate
    ///
    /// 创建证书
    ///
    /// `POST /zstack/v1/certificates`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - certificate: The `certificate` field.
    ///   - description: 资源的详细描述
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 创建证书返回值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createCertificate(
        name: String,
        certificate: String,
        description: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateCertificate.Response {
        try await createCertificate(
            CreateCertificate.Request(
                name: name,
                certificate: certificate,
                description: description,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// CreateCertificate
    ///
    /// 创建证书
    ///
    /// `POST /zstack/v1/certificates`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 创建证书返回值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createCertificate(
        _ request: CreateCertificate.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateCertificate.Response {
        var call = ZStackRequestBuilder(operation: CreateCertificate.operation)
        call.jsonBody = CreateCertificate.Body(request)
        return try await perform(call, polling: polling)
    }
}
