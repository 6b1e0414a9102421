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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateVirtualRouterOffering",
            method: .post,
            pathTemplate: "/zstack/v1/instance-offerings/virtual-routers",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 区域UUID
        public let zoneUuid: String

        /// 管理L3网络UUID
        public let managementNetworkUuid: String

        /// 镜像UUID
        public let imageUuid: String

        /// 资源名称
        public let name: String

        /// CPU数量
        public let cpuNum: Int

        /// The `cpuSpeed` field.
        public let cpuSpeed: Int

        /// 内存大小
        public let memorySize: Int64

        /// 公有L3网络UUID
        public let publicNetworkUuid: String?

        /// 默认
        public let isDefault: Bool?

        /// 资源的详细描述
        public let description: String?

        /// 分配策略
        public let allocatorStrategy: String?

        /// 排序主键
        public let sortKey: Int?

        /// 类型
        public let type: String?

        /// 资源UUID
        public let resourceUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `reservedMemorySize` field.
        public let reservedMemorySize: Int64?

        /// 标签UUID列表
        public let tagUuids: [String]?

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

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
            guard ZStackFieldwise.same(lhs.managementNetworkUuid, rhs.managementNetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.imageUuid, rhs.imageUuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.cpuNum, rhs.cpuNum) else { return false }
            guard ZStackFieldwise.same(lhs.cpuSpeed, rhs.cpuSpeed) else { return false }
            guard ZStackFieldwise.same(lhs.memorySize, rhs.memorySize) else { return false }
            guard ZStackFieldwise.same(lhs.publicNetworkUuid, rhs.publicNetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.isDefault, rhs.isDefault) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.allocatorStrategy, rhs.allocatorStrategy) else { return false }
            guard ZStackFieldwise.same(lhs.sortKey, rhs.sortKey) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.reservedMemorySize, rhs.reservedMemorySize) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// 云主机规格清单
    ///
    /// An ``InventoryReply`` of ``InstanceOfferingInventory``: the replies that differ only in that type share one
    /// generic type.
    ///
    /// - `inventory`: 云主机规格清单
    public typealias Response = InventoryReply<InstanceOfferingInventory>
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
        let call = ZStackRequestBuilder(operation: CreateVirtualRouterOffering.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.zoneUuid, forKey: "zoneUuid")
                try wrapped.encodeValue(request.managementNetworkUuid, forKey: "managementNetworkUuid")
                try wrapped.encodeValue(request.imageUuid, forKey: "imageUuid")
                try wrapped.encodeValue(request.publicNetworkUuid, forKey: "publicNetworkUuid")
                try wrapped.encodeValue(request.isDefault, forKey: "isDefault")
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.cpuNum, forKey: "cpuNum")
                try wrapped.encodeValue(request.cpuSpeed, forKey: "cpuSpeed")
                try wrapped.encodeValue(request.memorySize, forKey: "memorySize")
                try wrapped.encodeValue(request.allocatorStrategy, forKey: "allocatorStrategy")
                try wrapped.encodeValue(request.sortKey, forKey: "sortKey")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.reservedMemorySize, forKey: "reservedMemorySize")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
