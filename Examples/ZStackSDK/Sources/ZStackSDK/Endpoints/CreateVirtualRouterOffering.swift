import HTTPTypes

/// 创建虚拟路由器规格(CreateVirtualRouterOffering)
///
/// 创建虚拟路由器规格
///
/// `POST /zstack/v1/instance-offerings/virtual-routers`, asynchronous, authorization required.
///
/// Category: 虚拟路由器
public nonisolated enum CreateVirtualRouterOffering {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateVirtualRouterOffering",
        method: .post,
        pathTemplate: "/zstack/v1/instance-offerings/virtual-routers",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 区域UUID
        public var zoneUuid: String

        /// 管理L3网络UUID
        public var managementNetworkUuid: String

        /// 镜像UUID
        public var imageUuid: String

        /// 资源名称
        public var name: String

        /// CPU数量
        public var cpuNum: Int

        /// The `cpuSpeed` field.
        public var cpuSpeed: Int

        /// 内存大小
        public var memorySize: Int64

        /// 公有L3网络UUID
        public var publicNetworkUuid: String?

        /// 默认
        public var isDefault: Bool?

        /// 资源的详细描述
        public var description: String?

        /// 分配策略
        public var allocatorStrategy: String?

        /// 排序主键
        public var sortKey: Int?

        /// 类型
        public var type: String?

        /// 资源UUID
        public var resourceUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// The `reservedMemorySize` field.
        public var reservedMemorySize: Int64?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - zoneUuid: 区域UUID
        ///   - managementNetworkUuid: 管理L3网络UUID
        ///   - imageUuid: 镜像UUID
        ///   - name: 资源名称
        ///   - cpuNum: CPU数量
        ///   - cpuSpeed: The `cpuSpeed` field.
        ///   - memorySize: 内存大小
        ///   - publicNetworkUuid: 公有L3网络UUID
        ///   - isDefault: 默认
        ///   - description: 资源的详细描述
        ///   - allocatorStrategy: 分配策略
        ///   - sortKey: 排序主键
        ///   - type: 类型
        ///   - resourceUuid: 资源UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - reservedMemorySize: The `reservedMemorySize` field.
        ///   - tagUuids: 标签UUID列表
        public init(
            zoneUuid: String,
            managementNetworkUuid: String,
            imageUuid: String,
            name: String,
            cpuNum: Int,
            cpuSpeed: Int,
            memorySize: Int64,
            publicNetworkUuid: String? = nil,
            isDefault: Bool? = nil,
            description: String? = nil,
            allocatorStrategy: String? = nil,
            sortKey: Int? = nil,
            type: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            reservedMemorySize: Int64? = nil,
            tagUuids: [String]? = nil
        ) {
            self.zoneUuid = zoneUuid
            self.managementNetworkUuid = managementNetworkUuid
            self.imageUuid = imageUuid
            self.name = name
            self.cpuNum = cpuNum
            self.cpuSpeed = cpuSpeed
            self.memorySize = memorySize
            self.publicNetworkUuid = publicNetworkUuid
            self.isDefault = isDefault
            self.description = description
            self.allocatorStrategy = allocatorStrategy
            self.sortKey = sortKey
            self.type = type
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.reservedMemorySize = reservedMemorySize
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
            var managementNetworkUuid: String
            var imageUuid: String
            var publicNetworkUuid: String?
            var isDefault: Bool?
            var name: String
            var description: String?
            var cpuNum: Int
            var cpuSpeed: Int
            var memorySize: Int64
            var allocatorStrategy: String?
            var sortKey: Int?
            var type: String?
            var resourceUuid: String?
            var reservedMemorySize: Int64?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.zoneUuid = request.zoneUuid
                self.managementNetworkUuid = request.managementNetworkUuid
                self.imageUuid = request.imageUuid
                self.publicNetworkUuid = request.publicNetworkUuid
                self.isDefault = request.isDefault
                self.name = request.name
                self.description = request.description
                self.cpuNum = request.cpuNum
                self.cpuSpeed = request.cpuSpeed
                self.memorySize = request.memorySize
                self.allocatorStrategy = request.allocatorStrategy
                self.sortKey = request.sortKey
                self.type = request.type
                self.resourceUuid = request.resourceUuid
                self.reservedMemorySize = request.reservedMemorySize
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case zoneUuid = "zoneUuid"
                case managementNetworkUuid = "managementNetworkUuid"
                case imageUuid = "imageUuid"
                case publicNetworkUuid = "publicNetworkUuid"
                case isDefault = "isDefault"
                case name = "name"
                case description = "description"
                case cpuNum = "cpuNum"
                case cpuSpeed = "cpuSpeed"
                case memorySize = "memorySize"
                case allocatorStrategy = "allocatorStrategy"
                case sortKey = "sortKey"
                case type = "type"
                case resourceUuid = "resourceUuid"
                case reservedMemorySize = "reservedMemorySize"
                case tagUuids = "tagUuids"
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
    /// 创建虚拟路由器规格(CreateVirtualRouterOffering)
    ///
    /// 创建虚拟路由器规格
    ///
    /// `POST /zstack/v1/instance-offerings/virtual-routers`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - zoneUuid: 区域UUID
    ///   - managementNetworkUuid: 管理L3网络UUID
    ///   - imageUuid: 镜像UUID
    ///   - name: 资源名称
    ///   - cpuNum: CPU数量
    ///   - cpuSpeed: The `cpuSpeed` field.
    ///   - memorySize: 内存大小
    ///   - publicNetworkUuid: 公有L3网络UUID
    ///   - isDefault: 默认
    ///   - description: 资源的详细描述
    ///   - allocatorStrategy: 分配策略
    ///   - sortKey: 排序主键
    ///   - type: 类型
    ///   - resourceUuid: 资源UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - reservedMemorySize: The `reservedMemorySize` field.
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机规格清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVirtualRouterOffering(
        zoneUuid: String,
        managementNetworkUuid: String,
        imageUuid: String,
        name: String,
        cpuNum: Int,
        cpuSpeed: Int,
        memorySize: Int64,
        publicNetworkUuid: String? = nil,
        isDefault: Bool? = nil,
        description: String? = nil,
        allocatorStrategy: String? = nil,
        sortKey: Int? = nil,
        type: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        reservedMemorySize: Int64? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVirtualRouterOffering.Response {
        try await createVirtualRouterOffering(
            CreateVirtualRouterOffering.Request(
                zoneUuid: zoneUuid,
                managementNetworkUuid: managementNetworkUuid,
                imageUuid: imageUuid,
                name: name,
                cpuNum: cpuNum,
                cpuSpeed: cpuSpeed,
                memorySize: memorySize,
                publicNetworkUuid: publicNetworkUuid,
                isDefault: isDefault,
                description: description,
                allocatorStrategy: allocatorStrategy,
                sortKey: sortKey,
                type: type,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                reservedMemorySize: reservedMemorySize,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// 创建虚拟路由器规格(CreateVirtualRouterOffering)
    ///
    /// 创建虚拟路由器规格
    ///
    /// `POST /zstack/v1/instance-offerings/virtual-routers`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机规格清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVirtualRouterOffering(
        _ request: CreateVirtualRouterOffering.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVirtualRouterOffering.Response {
        var call = ZStackRequestBuilder(operation: CreateVirtualRouterOffering.operation)
        call.jsonBody = CreateVirtualRouterOffering.Body(request)
        return try await perform(call, polling: polling)
    }
}
