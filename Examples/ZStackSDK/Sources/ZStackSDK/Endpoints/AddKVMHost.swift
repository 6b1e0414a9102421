import HTTPTypes

/// AddKVMHost
///
/// 添加KVM主机
///
/// 添加KVM主机
///
/// `POST /zstack/v1/hosts/kvm`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum AddKVMHost {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddKVMHost",
        method: .post,
        pathTemplate: "/zstack/v1/hosts/kvm",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// ssh用户名
        public var username: String

        /// ssh密码
        public var password: String

        /// 资源名称
        public var name: String

        /// 物理机管理节点IP
        public var managementIp: String

        /// 集群UUID
        public var clusterUuid: String

        /// ssh端口号
        public var sshPort: Int?

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
        ///   - username: ssh用户名
        ///   - password: ssh密码
        ///   - name: 资源名称
        ///   - managementIp: 物理机管理节点IP
        ///   - clusterUuid: 集群UUID
        ///   - sshPort: ssh端口号
        ///   - description: 资源的详细描述
        ///   - resourceUuid: 资源UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            username: String,
            password: String,
            name: String,
            managementIp: String,
            clusterUuid: String,
            sshPort: Int? = nil,
            description: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.username = username
            self.password = password
            self.name = name
            self.managementIp = managementIp
            self.clusterUuid = clusterUuid
            self.sshPort = sshPort
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
            var username: String
            var password: String
            var sshPort: Int?
            var name: String
            var description: String?
            var managementIp: String
            var clusterUuid: String
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.username = request.username
                self.password = request.password
                self.sshPort = request.sshPort
                self.name = request.name
                self.description = request.description
                self.managementIp = request.managementIp
                self.clusterUuid = request.clusterUuid
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case username = "username"
                case password = "password"
                case sshPort = "sshPort"
                case name = "name"
                case description = "description"
                case managementIp = "managementIp"
                case clusterUuid = "clusterUuid"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 添加物理机消息回复
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 被添加的物理机的详细信息
        public var inventory: HostInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 被添加的物理机的详细信息
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: HostInventory? = nil) {
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
    /// AddKVMHost
    ///
    /// 添加KVM主机
    ///
    /// 添加KVM主机
    ///
    /// `POST /zstack/v1/hosts/kvm`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - username: ssh用户名
    ///   - password: ssh密码
    ///   - name: 资源名称
    ///   - managementIp: 物理机管理节点IP
    ///   - clusterUuid: 集群UUID
    ///   - sshPort: ssh端口号
    ///   - description: 资源的详细描述
    ///   - resourceUuid: 资源UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 添加物理机消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addKVMHost(
        username: String,
        password: String,
        name: String,
        managementIp: String,
        clusterUuid: String,
        sshPort: Int? = nil,
        description: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddKVMHost.Response {
        try await addKVMHost(
            AddKVMHost.Request(
                username: username,
                password: password,
                name: name,
                managementIp: managementIp,
                clusterUuid: clusterUuid,
                sshPort: sshPort,
                description: description,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// AddKVMHost
    ///
    /// 添加KVM主机
    ///
    /// 添加KVM主机
    ///
    /// `POST /zstack/v1/hosts/kvm`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 添加物理机消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addKVMHost(
        _ request: AddKVMHost.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddKVMHost.Response {
        var call = ZStackRequestBuilder(operation: AddKVMHost.operation)
        call.jsonBody = AddKVMHost.Body(request)
        return try await perform(call, polling: polling)
    }
}
