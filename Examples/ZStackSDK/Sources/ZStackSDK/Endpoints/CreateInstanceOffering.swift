import HTTPTypes

/// CreateInstanceOffering
///
/// 创建云主机规格
///
/// 创建云主机规格
///
/// `POST /zstack/v1/instance-offerings`, asynchronous, authorization required.
///
/// Category: configuration
public nonisolated enum CreateInstanceOffering {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateInstanceOffering",
        method: .post,
        pathTemplate: "/zstack/v1/instance-offerings",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源名称
        public var name: String

        /// CPU数目
        public var cpuNum: Int

        /// 内存大小, 单位Byte
        public var memorySize: Int64

        /// 资源的详细描述
        public var description: String?

        /// 分配策略
        public var allocatorStrategy: String?

        /// 排序键
        public var sortKey: Int?

        /// 类型
        public var type: String?

        /// 资源UUID
        public var resourceUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// The `reservedMemorySize` field.
        public var reservedMemorySize: Int64?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - cpuNum: CPU数目
        ///   - memorySize: 内存大小, 单位Byte
        ///   - description: 资源的详细描述
        ///   - allocatorStrategy: 分配策略
        ///   - sortKey: 排序键
        ///   - type: 类型
        ///   - resourceUuid: 资源UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        ///   - reservedMemorySize: The `reservedMemorySize` field.
        public init(
            name: String,
            cpuNum: Int,
            memorySize: Int64,
            description: String? = nil,
            allocatorStrategy: String? = nil,
            sortKey: Int? = nil,
            type: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil,
            reservedMemorySize: Int64? = nil
        ) {
            self.name = name
            self.cpuNum = cpuNum
            self.memorySize = memorySize
            self.description = description
            self.allocatorStrategy = allocatorStrategy
            self.sortKey = sortKey
            self.type = type
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.tagUuids = tagUuids
            self.reservedMemorySize = reservedMemorySize
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
            var cpuNum: Int
            var memorySize: Int64
            var allocatorStrategy: String?
            var sortKey: Int?
            var type: String?
            var resourceUuid: String?
            var tagUuids: [String]?
            var reservedMemorySize: Int64?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.cpuNum = request.cpuNum
                self.memorySize = request.memorySize
                self.allocatorStrategy = request.allocatorStrategy
                self.sortKey = request.sortKey
                self.type = request.type
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
                self.reservedMemorySize = request.reservedMemorySize
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case cpuNum = "cpuNum"
                case memorySize = "memorySize"
                case allocatorStrategy = "allocatorStrategy"
                case sortKey = "sortKey"
                case type = "type"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case reservedMemorySize = "reservedMemorySize"
            }
        }
    }

    /// 云主机规格清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 云主机规格清单
        public var inventory: InstanceOfferingInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 云主机规格清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: InstanceOfferingInventory? = nil) {
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
    /// CreateInstanceOffering
    ///
    /// 创建云主机规格
    ///
    /// 创建云主机规格
    ///
    /// `POST /zstack/v1/instance-offerings`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - cpuNum: CPU数目
    ///   - memorySize: 内存大小, 单位Byte
    ///   - description: 资源的详细描述
    ///   - allocatorStrategy: 分配策略
    ///   - sortKey: 排序键
    ///   - type: 类型
    ///   - resourceUuid: 资源UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - reservedMemorySize: The `reservedMemorySize` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机规格清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createInstanceOffering(
        name: String,
        cpuNum: Int,
        memorySize: Int64,
        description: String? = nil,
        allocatorStrategy: String? = nil,
        sortKey: Int? = nil,
        type: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        reservedMemorySize: Int64? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateInstanceOffering.Response {
        try await createInstanceOffering(
            CreateInstanceOffering.Request(
                name: name,
                cpuNum: cpuNum,
                memorySize: memorySize,
                description: description,
                allocatorStrategy: allocatorStrategy,
                sortKey: sortKey,
                type: type,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids,
                reservedMemorySize: reservedMemorySize
            ),
            polling: polling
        )
    }

    /// CreateInstanceOffering
    ///
    /// 创建云主机规格
    ///
    /// 创建云主机规格
    ///
    /// `POST /zstack/v1/instance-offerings`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机规格清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createInstanceOffering(
        _ request: CreateInstanceOffering.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateInstanceOffering.Response {
        var call = ZStackRequestBuilder(operation: CreateInstanceOffering.operation)
        call.jsonBody = CreateInstanceOffering.Body(request)
        return try await perform(call, polling: polling)
    }
}
