import HTTPTypes

/// 创建VNI范围(CreateVniRange)d
///
/// 创建VNI范围
///
/// `POST /zstack/v1/l2-networks/vxlan-pool/{l2NetworkUuid}/vni-ranges`, asynchronous, authorization required.
///
/// Category: network.l2
public nonisolated enum CreateVniRange {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateVniRange",
        method: .post,
        pathTemplate: "/zstack/v1/l2-networks/vxlan-pool/{l2NetworkUuid}/vni-ranges",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 二层网络UUID
        public var l2NetworkUuid: String

        /// 资源名称
        public var name: String

        /// 起始VNI
        public var startVni: Int

        /// 结束VNI
        public var endVni: Int

        /// 资源的详细描述
        public var description: String?

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
        ///   - l2NetworkUuid: 二层网络UUID
        ///   - name: 资源名称
        ///   - startVni: 起始VNI
        ///   - endVni: 结束VNI
        ///   - description: 资源的详细描述
        ///   - resourceUuid: 资源UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            l2NetworkUuid: String,
            name: String,
            startVni: Int,
            endVni: Int,
            description: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.l2NetworkUuid = l2NetworkUuid
            self.name = name
            self.startVni = startVni
            self.endVni = endVni
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
            var description: String?
            var startVni: Int
            var endVni: Int
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.startVni = request.startVni
                self.endVni = request.endVni
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case startVni = "startVni"
                case endVni = "endVni"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// VNI范围清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: VniRangeInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: VniRangeInventory? = nil) {
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
    /// 创建VNI范围(CreateVniRange)d
    ///
    /// 创建VNI范围
    ///
    /// `POST /zstack/v1/l2-networks/vxlan-pool/{l2NetworkUuid}/vni-ranges`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - l2NetworkUuid: 二层网络UUID
    ///   - name: 资源名称
    ///   - startVni: 起始VNI
    ///   - endVni: 结束VNI
    ///   - description: 资源的详细描述
    ///   - resourceUuid: 资源UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: VNI范围清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVniRange(
        l2NetworkUuid: String,
        name: String,
        startVni: Int,
        endVni: Int,
        description: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVniRange.Response {
        try await createVniRange(
            CreateVniRange.Request(
                l2NetworkUuid: l2NetworkUuid,
                name: name,
                startVni: startVni,
                endVni: endVni,
                description: description,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// 创建VNI范围(CreateVniRange)d
    ///
    /// 创建VNI范围
    ///
    /// `POST /zstack/v1/l2-networks/vxlan-pool/{l2NetworkUuid}/vni-ranges`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: VNI范围清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVniRange(
        _ request: CreateVniRange.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVniRange.Response {
        var call = ZStackRequestBuilder(operation: CreateVniRange.operation)
        call.setPathParameter("l2NetworkUuid", to: request.l2NetworkUuid)
        call.jsonBody = CreateVniRange.Body(request)
        return try await perform(call, polling: polling)
    }
}
