import HTTPTypes

/// 创建弹性IP(CreateEip)
///
/// 创建弹性IP
///
/// `POST /zstack/v1/eips`, asynchronous, authorization required.
///
/// Category: 弹性IP
public nonisolated enum CreateEip {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateEip",
        method: .post,
        pathTemplate: "/zstack/v1/eips",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 弹性IP名称
        public var name: String

        /// VIP UUID
        public var vipUuid: String

        /// 弹性IP的详细描述
        public var description: String?

        /// 云主机网卡UUID
        public var vmNicUuid: String?

        /// The `usedIpUuid` field.
        public var usedIpUuid: String?

        /// 资源UUID。若指定，云主机会使用该字段值作为UUID
        public var resourceUuid: String?

        /// EIP的系统标签
        public var systemTags: [String]?

        /// EIP的用户标签
        public var userTags: [String]?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 弹性IP名称
        ///   - vipUuid: VIP UUID
        ///   - description: 弹性IP的详细描述
        ///   - vmNicUuid: 云主机网卡UUID
        ///   - usedIpUuid: The `usedIpUuid` field.
        ///   - resourceUuid: 资源UUID。若指定，云主机会使用该字段值作为UUID
        ///   - systemTags: EIP的系统标签
        ///   - userTags: EIP的用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            name: String,
            vipUuid: String,
            description: String? = nil,
            vmNicUuid: String? = nil,
            usedIpUuid: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.name = name
            self.vipUuid = vipUuid
            self.description = description
            self.vmNicUuid = vmNicUuid
            self.usedIpUuid = usedIpUuid
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
            var vipUuid: String
            var vmNicUuid: String?
            var usedIpUuid: String?
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.vipUuid = request.vipUuid
                self.vmNicUuid = request.vmNicUuid
                self.usedIpUuid = request.usedIpUuid
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case vipUuid = "vipUuid"
                case vmNicUuid = "vmNicUuid"
                case usedIpUuid = "usedIpUuid"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// Eip清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: EipInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: EipInventory? = nil) {
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
    /// 创建弹性IP(CreateEip)
    ///
    /// 创建弹性IP
    ///
    /// `POST /zstack/v1/eips`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - name: 弹性IP名称
    ///   - vipUuid: VIP UUID
    ///   - description: 弹性IP的详细描述
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - usedIpUuid: The `usedIpUuid` field.
    ///   - resourceUuid: 资源UUID。若指定，云主机会使用该字段值作为UUID
    ///   - systemTags: EIP的系统标签
    ///   - userTags: EIP的用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: Eip清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createEip(
        name: String,
        vipUuid: String,
        description: String? = nil,
        vmNicUuid: String? = nil,
        usedIpUuid: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateEip.Response {
        try await createEip(
            CreateEip.Request(
                name: name,
                vipUuid: vipUuid,
                description: description,
                vmNicUuid: vmNicUuid,
                usedIpUuid: usedIpUuid,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// 创建弹性IP(CreateEip)
    ///
    /// 创建弹性IP
    ///
    /// `POST /zstack/v1/eips`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: Eip清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createEip(
        _ request: CreateEip.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateEip.Response {
        var call = ZStackRequestBuilder(operation: CreateEip.operation)
        call.jsonBody = CreateEip.Body(request)
        return try await perform(call, polling: polling)
    }
}
