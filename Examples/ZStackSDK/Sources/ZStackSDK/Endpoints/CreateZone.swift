import HTTPTypes

/// 创建一个新的区域(CreateZone)
///
/// 创建一个新的区域
///
/// 创建一个新的区域
///
/// `POST /zstack/v1/zones`, asynchronous, authorization required.
///
/// Category: zone
public nonisolated enum CreateZone {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateZone",
        method: .post,
        pathTemplate: "/zstack/v1/zones",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源名称
        public var name: String

        /// 资源的详细描述
        public var description: String?

        /// 用户指定的资源uuid
        public var resourceUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// The `isDefault` field.
        public var isDefault: Bool?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - resourceUuid: 用户指定的资源uuid
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        ///   - isDefault: The `isDefault` field.
        public init(
            name: String,
            description: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil,
            isDefault: Bool? = nil
        ) {
            self.name = name
            self.description = description
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.tagUuids = tagUuids
            self.isDefault = isDefault
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
            var resourceUuid: String?
            var tagUuids: [String]?
            var isDefault: Bool?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
                self.isDefault = request.isDefault
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case isDefault = "isDefault"
            }
        }
    }

    /// 区域（Zone）清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: ZoneInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: ZoneInventory? = nil) {
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
    /// 创建一个新的区域(CreateZone)
    ///
    /// 创建一个新的区域
    ///
    /// 创建一个新的区域
    ///
    /// `POST /zstack/v1/zones`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - resourceUuid: 用户指定的资源uuid
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - isDefault: The `isDefault` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 区域（Zone）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createZone(
        name: String,
        description: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        isDefault: Bool? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateZone.Response {
        try await createZone(
            CreateZone.Request(
                name: name,
                description: description,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids,
                isDefault: isDefault
            ),
            polling: polling
        )
    }

    /// 创建一个新的区域(CreateZone)
    ///
    /// 创建一个新的区域
    ///
    /// 创建一个新的区域
    ///
    /// `POST /zstack/v1/zones`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 区域（Zone）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createZone(
        _ request: CreateZone.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateZone.Response {
        var call = ZStackRequestBuilder(operation: CreateZone.operation)
        call.jsonBody = CreateZone.Body(request)
        return try await perform(call, polling: polling)
    }
}
