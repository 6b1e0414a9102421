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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateInstanceOffering",
            method: .post,
            pathTemplate: "/zstack/v1/instance-offerings",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源名称
        public let name: String

        /// CPU数目
        public let cpuNum: Int

        /// 内存大小, 单位Byte
        public let memorySize: Int64

        /// 资源的详细描述
        public let description: String?

        /// 分配策略
        public let allocatorStrategy: String?

        /// 排序键
        public let sortKey: Int?

        /// 类型
        public let type: String?

        /// 资源UUID
        public let resourceUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// The `reservedMemorySize` field.
        public let reservedMemorySize: Int64?

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
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.cpuNum, rhs.cpuNum) else { return false }
            guard ZStackFieldwise.same(lhs.memorySize, rhs.memorySize) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.allocatorStrategy, rhs.allocatorStrategy) else { return false }
            guard ZStackFieldwise.same(lhs.sortKey, rhs.sortKey) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            return ZStackFieldwise.same(lhs.reservedMemorySize, rhs.reservedMemorySize)
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
        let call = ZStackRequestBuilder(operation: CreateInstanceOffering.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.cpuNum, forKey: "cpuNum")
                try wrapped.encodeValue(request.memorySize, forKey: "memorySize")
                try wrapped.encodeValue(request.allocatorStrategy, forKey: "allocatorStrategy")
                try wrapped.encodeValue(request.sortKey, forKey: "sortKey")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
                try wrapped.encodeValue(request.reservedMemorySize, forKey: "reservedMemorySize")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
