import HTTPTypes

/// CreateDataVolume
///
/// 创建云盘
///
/// `POST /zstack/v1/volumes/data`, asynchronous, authorization required.
///
/// Category: volume
public nonisolated enum CreateDataVolume {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateDataVolume",
            method: .post,
            pathTemplate: "/zstack/v1/volumes/data",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云盘名称
        public let name: String

        /// 云盘的描述
        public let description: String?

        /// 云盘规格UUID
        public let diskOfferingUuid: String?

        /// 主存储UUID
        public let primaryStorageUuid: String?

        /// 资源的Uuid
        public let resourceUuid: String?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `diskSize` field.
        public let diskSize: Int64?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 云盘名称
        ///   - description: 云盘的描述
        ///   - diskOfferingUuid: 云盘规格UUID
        ///   - primaryStorageUuid: 主存储UUID
        ///   - resourceUuid: 资源的Uuid
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - diskSize: The `diskSize` field.
        public init(
            name: String,
            description: String? = nil,
            diskOfferingUuid: String? = nil,
            primaryStorageUuid: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            diskSize: Int64? = nil
        ) {
            self.name = name
            self.description = description
            self.diskOfferingUuid = diskOfferingUuid
            self.primaryStorageUuid = primaryStorageUuid
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
            self.systemTags = systemTags
            self.userTags = userTags
            self.diskSize = diskSize
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
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.diskOfferingUuid, rhs.diskOfferingUuid) else { return false }
            guard ZStackFieldwise.same(lhs.primaryStorageUuid, rhs.primaryStorageUuid) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.diskSize, rhs.diskSize)
        }
    }

    /// 返回创建的云盘清单
    ///
    /// An ``InventoryReply`` of ``VolumeInventory``: the replies that differ only in that type share one generic type.
    ///
    /// - `inventory`: 创建的云盘
    public typealias Response = InventoryReply<VolumeInventory>
}

nonisolated extension ZStackClient {
    /// CreateDataVolume
    ///
    /// 创建云盘
    ///
    /// `POST /zstack/v1/volumes/data`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - name: 云盘名称
    ///   - description: 云盘的描述
    ///   - diskOfferingUuid: 云盘规格UUID
    ///   - primaryStorageUuid: 主存储UUID
    ///   - resourceUuid: 资源的Uuid
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - diskSize: The `diskSize` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 返回创建的云盘清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDataVolume(
        name: String,
        description: String? = nil,
        diskOfferingUuid: String? = nil,
        primaryStorageUuid: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        diskSize: Int64? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDataVolume.Response {
        try await createDataVolume(
            CreateDataVolume.Request(
                name: name,
                description: description,
                diskOfferingUuid: diskOfferingUuid,
                primaryStorageUuid: primaryStorageUuid,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags,
                diskSize: diskSize
            ),
            polling: polling
        )
    }

    /// CreateDataVolume
    ///
    /// 创建云盘
    ///
    /// `POST /zstack/v1/volumes/data`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 返回创建的云盘清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDataVolume(
        _ request: CreateDataVolume.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDataVolume.Response {
        let call = ZStackRequestBuilder(operation: CreateDataVolume.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.diskOfferingUuid, forKey: "diskOfferingUuid")
                try wrapped.encodeValue(request.primaryStorageUuid, forKey: "primaryStorageUuid")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
                try wrapped.encodeValue(request.diskSize, forKey: "diskSize")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
