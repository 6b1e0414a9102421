import HTTPTypes

/// CreateWebhook
///
/// 创建Webhook
///
/// `POST /zstack/v1/web-hooks`, asynchronous, authorization required.
///
/// Category: webhook
public nonisolated enum CreateWebhook {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateWebhook",
        method: .post,
        pathTemplate: "/zstack/v1/web-hooks",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源名称
        public var name: String

        /// The `url` field.
        public var url: String

        /// The `type` field.
        public var type: String

        /// 资源的详细描述
        public var description: String?

        /// The `opaque` field.
        public var opaque: String?

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
        ///   - url: The `url` field.
        ///   - type: The `type` field.
        ///   - description: 资源的详细描述
        ///   - opaque: The `opaque` field.
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        ///   - tagUuids: 标签UUID列表
        public init(
            name: String,
            url: String,
            type: String,
            description: String? = nil,
            opaque: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.name = name
            self.url = url
            self.type = type
            self.description = description
            self.opaque = opaque
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
            var description: String?
            var url: String
            var type: String
            var opaque: String?
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.url = request.url
                self.type = request.type
                self.opaque = request.opaque
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case url = "url"
                case type = "type"
                case opaque = "opaque"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// The reply's fields.
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: WebhookInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: WebhookInventory? = nil) {
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
    /// CreateWebhook
    ///
    /// 创建Webhook
    ///
    /// `POST /zstack/v1/web-hooks`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - url: The `url` field.
    ///   - type: The `type` field.
    ///   - description: 资源的详细描述
    ///   - opaque: The `opaque` field.
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createWebhook(
        name: String,
        url: String,
        type: String,
        description: String? = nil,
        opaque: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateWebhook.Response {
        try await createWebhook(
            CreateWebhook.Request(
                name: name,
                url: url,
                type: type,
                description: description,
                opaque: opaque,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// CreateWebhook
    ///
    /// 创建Webhook
    ///
    /// `POST /zstack/v1/web-hooks`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createWebhook(
        _ request: CreateWebhook.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateWebhook.Response {
        var call = ZStackRequestBuilder(operation: CreateWebhook.operation)
        call.jsonBody = CreateWebhook.Body(request)
        return try await perform(call, polling: polling)
    }
}
