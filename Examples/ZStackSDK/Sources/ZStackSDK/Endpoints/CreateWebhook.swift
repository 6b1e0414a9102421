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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateWebhook",
            method: .post,
            pathTemplate: "/zstack/v1/web-hooks",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源名称
        public let name: String

        /// The `url` field.
        public let url: String

        /// The `type` field.
        public let type: String

        /// 资源的详细描述
        public let description: String?

        /// The `opaque` field.
        public let opaque: String?

        /// The `resourceUuid` field.
        public let resourceUuid: String?

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// 标签UUID列表
        public let tagUuids: [String]?

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
            guard ZStackFieldwise.same(lhs.url, rhs.url) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.opaque, rhs.opaque) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// The reply's fields.
    ///
    /// An ``InventoryReply`` of ``WebhookInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<WebhookInventory>
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
        let call = ZStackRequestBuilder(operation: CreateWebhook.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.url, forKey: "url")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.opaque, forKey: "opaque")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
