import HTTPTypes

/// CreateVip
///
/// 创建VIP
///
/// 创建VIP
///
/// `POST /zstack/v1/vips`, asynchronous, authorization required.
///
/// Category: vip
public nonisolated enum CreateVip {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateVip",
        method: .post,
        pathTemplate: "/zstack/v1/vips",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源名称
        public var name: String

        /// 三层网络UUID
        public var l3NetworkUuid: String

        /// 资源的详细描述
        public var description: String?

        /// IP段UUID
        public var ipRangeUuid: String?

        /// 分配策略
        public var allocatorStrategy: String?

        /// IP版本
        public var ipVersion: Int?

        /// 请求的IP
        public var requiredIp: String?

        /// 资源UUID
        public var resourceUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - description: 资源的详细描述
        ///   - ipRangeUuid: IP段UUID
        ///   - allocatorStrategy: 分配策略
        ///   - ipVersion: IP版本
        ///   - requiredIp: 请求的IP
        ///   - resourceUuid: 资源UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            name: String,
            l3NetworkUuid: String,
            description: String? = nil,
            ipRangeUuid: String? = nil,
            allocatorStrategy: String? = nil,
            ipVersion: Int? = nil,
            requiredIp: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.name = name
            self.l3NetworkUuid = l3NetworkUuid
            self.description = description
            self.ipRangeUuid = ipRangeUuid
            self.allocatorStrategy = allocatorStrategy
            self.ipVersion = ipVersion
            self.requiredIp = requiredIp
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
            var l3NetworkUuid: String
            var ipRangeUuid: String?
            var allocatorStrategy: String?
            var ipVersion: Int?
            var requiredIp: String?
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.l3NetworkUuid = request.l3NetworkUuid
                self.ipRangeUuid = request.ipRangeUuid
                self.allocatorStrategy = request.allocatorStrategy
                self.ipVersion = request.ipVersion
                self.requiredIp = request.requiredIp
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case l3NetworkUuid = "l3NetworkUuid"
                case ipRangeUuid = "ipRangeUuid"
                case allocatorStrategy = "allocatorStrategy"
                case ipVersion = "ipVersion"
                case requiredIp = "requiredIp"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 虚拟IP清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 虚拟IP清单
        public var inventory: VipInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 虚拟IP清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: VipInventory? = nil) {
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
    /// CreateVip
    ///
    /// 创建VIP
    ///
    /// 创建VIP
    ///
    /// `POST /zstack/v1/vips`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - description: 资源的详细描述
    ///   - ipRangeUuid: IP段UUID
    ///   - allocatorStrategy: 分配策略
    ///   - ipVersion: IP版本
    ///   - requiredIp: 请求的IP
    ///   - resourceUuid: 资源UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 虚拟IP清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVip(
        name: String,
        l3NetworkUuid: String,
        description: String? = nil,
        ipRangeUuid: String? = nil,
        allocatorStrategy: String? = nil,
        ipVersion: Int? = nil,
        requiredIp: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVip.Response {
        try await createVip(
            CreateVip.Request(
                name: name,
                l3NetworkUuid: l3NetworkUuid,
                description: description,
                ipRangeUuid: ipRangeUuid,
                allocatorStrategy: allocatorStrategy,
                ipVersion: ipVersion,
                requiredIp: requiredIp,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// CreateVip
    ///
    /// 创建VIP
    ///
    /// 创建VIP
    ///
    /// `POST /zstack/v1/vips`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 虚拟IP清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVip(
        _ request: CreateVip.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVip.Response {
        var call = ZStackRequestBuilder(operation: CreateVip.operation)
        call.jsonBody = CreateVip.Body(request)
        return try await perform(call, polling: polling)
    }
}
