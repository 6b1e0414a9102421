import HTTPTypes

/// AddSimulatorHost
///
/// 在这里填写API描述
///
/// `POST /zstack/v1/hosts/simulators`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum AddSimulatorHost {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddSimulatorHost",
        method: .post,
        pathTemplate: "/zstack/v1/hosts/simulators",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The `memoryCapacity` field.
        public var memoryCapacity: Int64

        /// The `cpuCapacity` field.
        public var cpuCapacity: Int64

        /// 资源名称
        public var name: String

        /// The `managementIp` field.
        public var managementIp: String

        /// 集群UUID
        public var clusterUuid: String

        /// 资源的详细描述
        public var description: String?

        /// The `resourceUuid` field.
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
        ///   - memoryCapacity: The `memoryCapacity` field.
        ///   - cpuCapacity: The `cpuCapacity` field.
        ///   - name: 资源名称
        ///   - managementIp: The `managementIp` field.
        ///   - clusterUuid: 集群UUID
        ///   - description: 资源的详细描述
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            memoryCapacity: Int64,
            cpuCapacity: Int64,
            name: String,
            managementIp: String,
            clusterUuid: String,
            description: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.memoryCapacity = memoryCapacity
            self.cpuCapacity = cpuCapacity
            self.name = name
            self.managementIp = managementIp
            self.clusterUuid = clusterUuid
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
            var memoryCapacity: Int64
            var cpuCapacity: Int64
            var name: String
            var description: String?
            var managementIp: String
            var clusterUuid: String
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.memoryCapacity = request.memoryCapacity
                self.cpuCapacity = request.cpuCapacity
                self.name = request.name
                self.description = request.description
                self.managementIp = request.managementIp
                self.clusterUuid = request.clusterUuid
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case memoryCapacity = "memoryCapacity"
                case cpuCapacity = "cpuCapacity"
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
    /// AddSimulatorHost
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/hosts/simulators`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - memoryCapacity: The `memoryCapacity` field.
    ///   - cpuCapacity: The `cpuCapacity` field.
    ///   - name: 资源名称
    ///   - managementIp: The `managementIp` field.
    ///   - clusterUuid: 集群UUID
    ///   - description: 资源的详细描述
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 添加物理机消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addSimulatorHost(
        memoryCapacity: Int64,
        cpuCapacity: Int64,
        name: String,
        managementIp: String,
        clusterUuid: String,
        description: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddSimulatorHost.Response {
        try await addSimulatorHost(
            AddSimulatorHost.Request(
                memoryCapacity: memoryCapacity,
                cpuCapacity: cpuCapacity,
                name: name,
                managementIp: managementIp,
                clusterUuid: clusterUuid,
                description: description,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// AddSimulatorHost
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/hosts/simulators`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 添加物理机消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addSimulatorHost(
        _ request: AddSimulatorHost.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddSimulatorHost.Response {
        var call = ZStackRequestBuilder(operation: AddSimulatorHost.operation)
        call.jsonBody = AddSimulatorHost.Body(request)
        return try await perform(call, polling: polling)
    }
}
