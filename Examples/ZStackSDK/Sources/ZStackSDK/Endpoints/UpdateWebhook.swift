import HTTPTypes

/// UpdateWebhook
///
/// 在这里填写API描述
///
/// `PUT /zstack/v1/web-hooks/{uuid}`, asynchronous, authorization required.
///
/// Category: webhook
public nonisolated enum UpdateWebhook {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateWebhook",
        method: .put,
        pathTemplate: "/zstack/v1/web-hooks/{uuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 资源名称
        public var name: String?

        /// 资源的详细描述
        public var description: String?

        /// The `url` field.
        public var url: String?

        /// The `type` field.
        public var type: String?

        /// The `opaque` field.
        public var opaque: String?

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - url: The `url` field.
        ///   - type: The `type` field.
        ///   - opaque: The `opaque` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            uuid: String,
            name: String? = nil,
            description: String? = nil,
            url: String? = nil,
            type: String? = nil,
            opaque: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.name = name
            self.description = description
            self.url = url
            self.type = type
            self.opaque = opaque
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"updateWebhook": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateWebhook"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var name: String?
            var description: String?
            var url: String?
            var type: String?
            var opaque: String?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.url = request.url
                self.type = request.type
                self.opaque = request.opaque
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case url = "url"
                case type = "type"
                case opaque = "opaque"
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
    /// UpdateWebhook
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/web-hooks/{uuid}`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - url: The `url` field.
    ///   - type: The `type` field.
    ///   - opaque: The `opaque` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateWebhook(
        uuid: String,
        name: String? = nil,
        description: String? = nil,
        url: String? = nil,
        type: String? = nil,
        opaque: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateWebhook.Response {
        try await updateWebhook(
            UpdateWebhook.Request(
                uuid: uuid,
                name: name,
                description: description,
                url: url,
                type: type,
                opaque: opaque,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateWebhook
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/web-hooks/{uuid}`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateWebhook(
        _ request: UpdateWebhook.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateWebhook.Response {
        var call = ZStackRequestBuilder(operation: UpdateWebhook.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UpdateWebhook.Body(request)
        return try await perform(call, polling: polling)
    }
}
