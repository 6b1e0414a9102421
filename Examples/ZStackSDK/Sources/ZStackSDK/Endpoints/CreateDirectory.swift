import HTTPTypes

/// CreateDirectory
///
/// 创建目录
///
/// `POST /zstack/v1/create/directory`, asynchronous, authorization required.
///
/// Category: directory
public nonisolated enum CreateDirectory {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateDirectory",
        method: .post,
        pathTemplate: "/zstack/v1/create/directory",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源名称
        public var name: String

        /// 区域UUID
        public var zoneUuid: String

        /// The `type` field.
        public var type: String

        /// 父级目录UUID
        public var parentUuid: String?

        /// 资源UUID
        public var resourceUuid: String?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - zoneUuid: 区域UUID
        ///   - type: The `type` field.
        ///   - parentUuid: 父级目录UUID
        ///   - resourceUuid: 资源UUID
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            name: String,
            zoneUuid: String,
            type: String,
            parentUuid: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.name = name
            self.zoneUuid = zoneUuid
            self.type = type
            self.parentUuid = parentUuid
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
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
            var parentUuid: String?
            var zoneUuid: String
            var type: String
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.name = request.name
                self.parentUuid = request.parentUuid
                self.zoneUuid = request.zoneUuid
                self.type = request.type
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case parentUuid = "parentUuid"
                case zoneUuid = "zoneUuid"
                case type = "type"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 创建目录返回
    public struct Response: Codable, Sendable, Hashable {
        /// The `inventory` field.
        public var inventory: DirectoryInventory?

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
        public init(inventory: DirectoryInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
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
    /// CreateDirectory
    ///
    /// 创建目录
    ///
    /// `POST /zstack/v1/create/directory`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - zoneUuid: 区域UUID
    ///   - type: The `type` field.
    ///   - parentUuid: 父级目录UUID
    ///   - resourceUuid: 资源UUID
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 创建目录返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDirectory(
        name: String,
        zoneUuid: String,
        type: String,
        parentUuid: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDirectory.Response {
        try await createDirectory(
            CreateDirectory.Request(
                name: name,
                zoneUuid: zoneUuid,
                type: type,
                parentUuid: parentUuid,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// CreateDirectory
    ///
    /// 创建目录
    ///
    /// `POST /zstack/v1/create/directory`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 创建目录返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDirectory(
        _ request: CreateDirectory.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDirectory.Response {
        var call = ZStackRequestBuilder(operation: CreateDirectory.operation)
        call.jsonBody = CreateDirectory.Body(request)
        return try await perform(call, polling: polling)
    }
}
