import HTTPTypes

/// CreateDiskOffering
///
/// 创建云盘规格
///
/// 创建云盘规格
///
/// `POST /zstack/v1/disk-offerings`, asynchronous, authorization required.
///
/// Category: configuration
public nonisolated enum CreateDiskOffering {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateDiskOffering",
            method: .post,
            pathTemplate: "/zstack/v1/disk-offerings",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源名称
        public let name: String

        /// 云盘大小
        public let diskSize: Int64

        /// 资源的详细描述
        public let description: String?

        /// 排序key
        public let sortKey: Int?

        /// 分配策略
        public let allocationStrategy: String?

        /// 类型
        public let type: CreateDiskOfferingTypeValue?

        /// 资源UUID
        public let resourceUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - diskSize: 云盘大小
        ///   - description: 资源的详细描述
        ///   - sortKey: 排序key
        ///   - allocationStrategy: 分配策略
        ///   - type: 类型
        ///   - resourceUuid: 资源UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            name: String,
            diskSize: Int64,
            description: String? = nil,
            sortKey: Int? = nil,
            allocationStrategy: String? = nil,
            type: CreateDiskOfferingTypeValue? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.name = name
            self.diskSize = diskSize
            self.description = description
            self.sortKey = sortKey
            self.allocationStrategy = allocationStrategy
            self.type = type
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
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
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.diskSize, rhs.diskSize) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.sortKey, rhs.sortKey) else { return false }
            guard ZStackFieldwise.same(lhs.allocationStrategy, rhs.allocationStrategy) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// 云盘规格清单
    ///
    /// An ``InventoryReply`` of ``DiskOfferingInventory``: the replies that differ only in that type share one generic
    /// type.
    ///
    /// - `inventory`: 云盘规格清单
    public typealias Response = InventoryReply<DiskOfferingInventory>
}

nonisolated extension ZStackClient {
    /// CreateDiskOffering
    ///
    /// 创建云盘规格
    ///
    /// 创建云盘规格
    ///
    /// `POST /zstack/v1/disk-offerings`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - diskSize: 云盘大小
    ///   - description: 资源的详细描述
    ///   - sortKey: 排序key
    ///   - allocationStrategy: 分配策略
    ///   - type: 类型
    ///   - resourceUuid: 资源UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云盘规格清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDiskOffering(
        name: String,
        diskSize: Int64,
        description: String? = nil,
        sortKey: Int? = nil,
        allocationStrategy: String? = nil,
        type: CreateDiskOfferingTypeValue? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDiskOffering.Response {
        try await createDiskOffering(
            CreateDiskOffering.Request(
                name: name,
                diskSize: diskSize,
                description: description,
                sortKey: sortKey,
                allocationStrategy: allocationStrategy,
                type: type,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// CreateDiskOffering
    ///
    /// 创建云盘规格
    ///
    /// 创建云盘规格
    ///
    /// `POST /zstack/v1/disk-offerings`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云盘规格清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDiskOffering(
        _ request: CreateDiskOffering.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDiskOffering.Response {
        let call = ZStackRequestBuilder(operation: CreateDiskOffering.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.diskSize, forKey: "diskSize")
                try wrapped.encodeValue(request.sortKey, forKey: "sortKey")
                try wrapped.encodeValue(request.allocationStrategy, forKey: "allocationStrategy")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
