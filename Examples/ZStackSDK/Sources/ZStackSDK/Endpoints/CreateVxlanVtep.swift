import HTTPTypes

/// 创建VXLAN隧道端点(CreateVxlanVtep)
///
/// 创建VXLAN隧道端点
///
/// `POST /zstack/v1/l2-networks/vxlan/vteps`, asynchronous, authorization required.
///
/// Category: network.l2
public nonisolated enum CreateVxlanVtep {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateVxlanVtep",
        method: .post,
        pathTemplate: "/zstack/v1/l2-networks/vxlan/vteps",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 物理机UUID
        public var hostUuid: String

        /// VXLAN资源池UUID
        public var poolUuid: String

        /// 隧道端点IP地址
        public var vtepIp: String?

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
        ///   - hostUuid: 物理机UUID
        ///   - poolUuid: VXLAN资源池UUID
        ///   - vtepIp: 隧道端点IP地址
        ///   - resourceUuid: 资源UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            hostUuid: String,
            poolUuid: String,
            vtepIp: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.hostUuid = hostUuid
            self.poolUuid = poolUuid
            self.vtepIp = vtepIp
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
            var hostUuid: String
            var poolUuid: String
            var vtepIp: String?
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.hostUuid = request.hostUuid
                self.poolUuid = request.poolUuid
                self.vtepIp = request.vtepIp
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case hostUuid = "hostUuid"
                case poolUuid = "poolUuid"
                case vtepIp = "vtepIp"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// VXLAN隧道端点清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: VtepInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: VtepInventory? = nil) {
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
    /// 创建VXLAN隧道端点(CreateVxlanVtep)
    ///
    /// 创建VXLAN隧道端点
    ///
    /// `POST /zstack/v1/l2-networks/vxlan/vteps`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - hostUuid: 物理机UUID
    ///   - poolUuid: VXLAN资源池UUID
    ///   - vtepIp: 隧道端点IP地址
    ///   - resourceUuid: 资源UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: VXLAN隧道端点清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVxlanVtep(
        hostUuid: String,
        poolUuid: String,
        vtepIp: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVxlanVtep.Response {
        try await createVxlanVtep(
            CreateVxlanVtep.Request(
                hostUuid: hostUuid,
                poolUuid: poolUuid,
                vtepIp: vtepIp,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// 创建VXLAN隧道端点(CreateVxlanVtep)
    ///
    /// 创建VXLAN隧道端点
    ///
    /// `POST /zstack/v1/l2-networks/vxlan/vteps`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: VXLAN隧道端点清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVxlanVtep(
        _ request: CreateVxlanVtep.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVxlanVtep.Response {
        var call = ZStackRequestBuilder(operation: CreateVxlanVtep.operation)
        call.jsonBody = CreateVxlanVtep.Body(request)
        return try await perform(call, polling: polling)
    }
}
