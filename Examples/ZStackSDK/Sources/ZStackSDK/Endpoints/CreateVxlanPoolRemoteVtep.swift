import HTTPTypes

/// 创建远端VXLAN隧道端点(CreateVxlanPoolRemoteVtep)
///
/// 创建远端VXLAN隧道端点
///
/// `POST /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}/remote-vtep-ip`, asynchronous, authorization
/// required.
///
/// Category: network.l2
public nonisolated enum CreateVxlanPoolRemoteVtep {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateVxlanPoolRemoteVtep",
        method: .post,
        pathTemplate: "/zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}/remote-vtep-ip",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 二层网络UUID
        public var l2NetworkUuid: String

        /// 集群UUID
        public var clusterUuid: String

        /// 远端隧道端点IP地址
        public var remoteVtepIp: String

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
        ///   - l2NetworkUuid: 二层网络UUID
        ///   - clusterUuid: 集群UUID
        ///   - remoteVtepIp: 远端隧道端点IP地址
        ///   - resourceUuid: 资源UUID
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            l2NetworkUuid: String,
            clusterUuid: String,
            remoteVtepIp: String,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.l2NetworkUuid = l2NetworkUuid
            self.clusterUuid = clusterUuid
            self.remoteVtepIp = remoteVtepIp
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
            var remoteVtepIp: String
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.remoteVtepIp = request.remoteVtepIp
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case remoteVtepIp = "remoteVtepIp"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 远端VXLAN隧道端点清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `inventory` field.
        public var inventory: RemoteVtepInventory?

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
        public init(inventory: RemoteVtepInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
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
    /// 创建远端VXLAN隧道端点(CreateVxlanPoolRemoteVtep)
    ///
    /// 创建远端VXLAN隧道端点
    ///
    /// `POST /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}/remote-vtep-ip`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - l2NetworkUuid: 二层网络UUID
    ///   - clusterUuid: 集群UUID
    ///   - remoteVtepIp: 远端隧道端点IP地址
    ///   - resourceUuid: 资源UUID
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 远端VXLAN隧道端点清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVxlanPoolRemoteVtep(
        l2NetworkUuid: String,
        clusterUuid: String,
        remoteVtepIp: String,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVxlanPoolRemoteVtep.Response {
        try await createVxlanPoolRemoteVtep(
            CreateVxlanPoolRemoteVtep.Request(
                l2NetworkUuid: l2NetworkUuid,
                clusterUuid: clusterUuid,
                remoteVtepIp: remoteVtepIp,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 创建远端VXLAN隧道端点(CreateVxlanPoolRemoteVtep)
    ///
    /// 创建远端VXLAN隧道端点
    ///
    /// `POST /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}/remote-vtep-ip`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 远端VXLAN隧道端点清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVxlanPoolRemoteVtep(
        _ request: CreateVxlanPoolRemoteVtep.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVxlanPoolRemoteVtep.Response {
        var call = ZStackRequestBuilder(operation: CreateVxlanPoolRemoteVtep.operation)
        call.setPathParameter("l2NetworkUuid", to: request.l2NetworkUuid)
        call.setPathParameter("clusterUuid", to: request.clusterUuid)
        call.jsonBody = CreateVxlanPoolRemoteVtep.Body(request)
        return try await perform(call, polling: polling)
    }
}
