import HTTPTypes

/// CreateCluster
///
/// 管理员可以使用CreateCluster命令来创建一个集群
///
/// 管理员可以使用CreateCluster命令来创建一个集群
///
/// `POST /zstack/v1/clusters`, asynchronous, authorization required.
///
/// Category: cluster
public nonisolated enum CreateCluster {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateCluster",
        method: .post,
        pathTemplate: "/zstack/v1/clusters",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 区域UUID
        public var zoneUuid: String

        /// 资源名称
        public var name: String

        /// 虚拟机管理程序类型
        public var hypervisorType: CreateClusterHypervisorType

        /// 资源的详细描述
        public var description: String?

        /// 保留域, 请不要使用
        public var type: CreateClusterTypeValue?

        /// 当reourceUuid不等于null, ZStack使用这个值作为被创建资源的UUID; 否则ZStack会自动生成一个UUID
        public var resourceUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 集群架构
        public var architecture: CreateClusterArchitecture?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - zoneUuid: 区域UUID
        ///   - name: 资源名称
        ///   - hypervisorType: 虚拟机管理程序类型
        ///   - description: 资源的详细描述
        ///   - type: 保留域, 请不要使用
        ///   - resourceUuid: 当reourceUuid不等于null, ZStack使用这个值作为被创建资源的UUID; 否则ZStack会自动生成一个UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - architecture: 集群架构
        ///   - tagUuids: 标签UUID列表
        public init(
            zoneUuid: String,
            name: String,
            hypervisorType: CreateClusterHypervisorType,
            description: String? = nil,
            type: CreateClusterTypeValue? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            architecture: CreateClusterArchitecture? = nil,
            tagUuids: [String]? = nil
        ) {
            self.zoneUuid = zoneUuid
            self.name = name
            self.hypervisorType = hypervisorType
            self.description = description
            self.type = type
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.architecture = architecture
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
            var zoneUuid: String
            var name: String
            var description: String?
            var hypervisorType: CreateClusterHypervisorType
            var type: CreateClusterTypeValue?
            var resourceUuid: String?
            var architecture: CreateClusterArchitecture?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.zoneUuid = request.zoneUuid
                self.name = request.name
                self.description = request.description
                self.hypervisorType = request.hypervisorType
                self.type = request.type
                self.resourceUuid = request.resourceUuid
                self.architecture = request.architecture
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case zoneUuid = "zoneUuid"
                case name = "name"
                case description = "description"
                case hypervisorType = "hypervisorType"
                case type = "type"
                case resourceUuid = "resourceUuid"
                case architecture = "architecture"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 集群清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: ClusterInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: ClusterInventory? = nil) {
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
    /// CreateCluster
    ///
    /// 管理员可以使用CreateCluster命令来创建一个集群
    ///
    /// 管理员可以使用CreateCluster命令来创建一个集群
    ///
    /// `POST /zstack/v1/clusters`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - zoneUuid: 区域UUID
    ///   - name: 资源名称
    ///   - hypervisorType: 虚拟机管理程序类型
    ///   - description: 资源的详细描述
    ///   - type: 保留域, 请不要使用
    ///   - resourceUuid: 当reourceUuid不等于null, ZStack使用这个值作为被创建资源的UUID; 否则ZStack会自动生成一个UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - architecture: 集群架构
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 集群清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createCluster(
        zoneUuid: String,
        name: String,
        hypervisorType: CreateClusterHypervisorType,
        description: String? = nil,
        type: CreateClusterTypeValue? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        architecture: CreateClusterArchitecture? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateCluster.Response {
        try await createCluster(
            CreateCluster.Request(
                zoneUuid: zoneUuid,
                name: name,
                hypervisorType: hypervisorType,
                description: description,
                type: type,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                architecture: architecture,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// CreateCluster
    ///
    /// 管理员可以使用CreateCluster命令来创建一个集群
    ///
    /// 管理员可以使用CreateCluster命令来创建一个集群
    ///
    /// `POST /zstack/v1/clusters`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 集群清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createCluster(
        _ request: CreateCluster.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateCluster.Response {
        var call = ZStackRequestBuilder(operation: CreateCluster.operation)
        call.jsonBody = CreateCluster.Body(request)
        return try await perform(call, polling: polling)
    }
}
