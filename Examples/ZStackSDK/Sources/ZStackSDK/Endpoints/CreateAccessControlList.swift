import HTTPTypes

/// CreateAccessControlList
///
/// 创建访问控制策略组
///
/// `POST /zstack/v1/access-control-lists`, asynchronous, authorization required.
///
/// Category: acl
public nonisolated enum CreateAccessControlList {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateAccessControlList",
        method: .post,
        pathTemplate: "/zstack/v1/access-control-lists",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源名称
        public var name: String

        /// 资源的详细描述
        public var description: String?

        /// IP协议版本
        public var ipVersion: CreateAccessControlListIpVersion?

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
        ///   - description: 资源的详细描述
        ///   - ipVersion: IP协议版本
        ///   - resourceUuid: 资源UUID
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            name: String,
            description: String? = nil,
            ipVersion: CreateAccessControlListIpVersion? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.name = name
            self.description = description
            self.ipVersion = ipVersion
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
            var description: String?
            var ipVersion: CreateAccessControlListIpVersion?
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.ipVersion = request.ipVersion
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case ipVersion = "ipVersion"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 访问控制策略组清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: AccessControlListInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: AccessControlListInventory? = nil) {
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
    /// CreateAccessControlList
    ///
    /// 创建访问控制策略组
    ///
    /// `POST /zstack/v1/access-control-lists`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - ipVersion: IP协议版本
    ///   - resourceUuid: 资源UUID
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 访问控制策略组清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createAccessControlList(
        name: String,
        description: String? = nil,
        ipVersion: CreateAccessControlListIpVersion? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateAccessControlList.Response {
        try await createAccessControlList(
            CreateAccessControlList.Request(
                name: name,
                description: description,
                ipVersion: ipVersion,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// CreateAccessControlList
    ///
    /// 创建访问控制策略组
    ///
    /// `POST /zstack/v1/access-control-lists`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 访问控制策略组清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createAccessControlList(
        _ request: CreateAccessControlList.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateAccessControlList.Response {
        var call = ZStackRequestBuilder(operation: CreateAccessControlList.operation)
        call.jsonBody = CreateAccessControlList.Body(request)
        return try await perform(call, polling: polling)
    }
}
