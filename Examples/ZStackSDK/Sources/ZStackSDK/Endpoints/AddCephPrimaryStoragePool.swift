import HTTPTypes

/// AddCephPrimaryStoragePool
///
/// 为Ceph主存储添加Pool
///
/// `POST /zstack/v1/primary-storage/ceph/{primaryStorageUuid}/pools`, asynchronous, authorization required.
///
/// Category: storage.ceph.primary
public nonisolated enum AddCephPrimaryStoragePool {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddCephPrimaryStoragePool",
            method: .post,
            pathTemplate: "/zstack/v1/primary-storage/ceph/{primaryStorageUuid}/pools",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 主存储UUID
        public let primaryStorageUuid: String

        /// The `poolName` field.
        public let poolName: String

        /// 存储池类型
        public let type: AddCephPrimaryStoragePoolTypeValue

        /// The `aliasName` field.
        public let aliasName: String?

        /// 资源的详细描述
        public let description: String?

        /// The `isCreate` field.
        public let isCreate: Bool?

        /// The `resourceUuid` field.
        public let resourceUuid: String?

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - primaryStorageUuid: 主存储UUID
        ///   - poolName: The `poolName` field.
        ///   - type: 存储池类型
        ///   - aliasName: The `aliasName` field.
        ///   - description: 资源的详细描述
        ///   - isCreate: The `isCreate` field.
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        ///   - tagUuids: 标签UUID列表
        public init(
            primaryStorageUuid: String,
            poolName: String,
            type: AddCephPrimaryStoragePoolTypeValue,
            aliasName: String? = nil,
            description: String? = nil,
            isCreate: Bool? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.primaryStorageUuid = primaryStorageUuid
            self.poolName = poolName
            self.type = type
            self.aliasName = aliasName
            self.description = description
            self.isCreate = isCreate
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
            guard ZStackFieldwise.same(lhs.primaryStorageUuid, rhs.primaryStorageUuid) else { return false }
            guard ZStackFieldwise.same(lhs.poolName, rhs.poolName) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.aliasName, rhs.aliasName) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.isCreate, rhs.isCreate) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// The reply's fields.
    ///
    /// An ``InventoryReply`` of ``CephPrimaryStoragePoolInventory``: the replies that differ only in that type share
    /// one generic type.
    public typealias Response = InventoryReply<CephPrimaryStoragePoolInventory>
}

nonisolated extension ZStackClient {
    /// AddCephPrimaryStoragePool
    ///
    /// 为Ceph主存储添加Pool
    ///
    /// `POST /zstack/v1/primary-storage/ceph/{primaryStorageUuid}/pools`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - primaryStorageUuid: 主存储UUID
    ///   - poolName: The `poolName` field.
    ///   - type: 存储池类型
    ///   - aliasName: The `aliasName` field.
    ///   - description: 资源的详细描述
    ///   - isCreate: The `isCreate` field.
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addCephPrimaryStoragePool(
        primaryStorageUuid: String,
        poolName: String,
        type: AddCephPrimaryStoragePoolTypeValue,
        aliasName: String? = nil,
        description: String? = nil,
        isCreate: Bool? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddCephPrimaryStoragePool.Response {
        try await addCephPrimaryStoragePool(
            AddCephPrimaryStoragePool.Request(
                primaryStorageUuid: primaryStorageUuid,
                poolName: poolName,
                type: type,
                aliasName: aliasName,
                description: description,
                isCreate: isCreate,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// AddCephPrimaryStoragePool
    ///
    /// 为Ceph主存储添加Pool
    ///
    /// `POST /zstack/v1/primary-storage/ceph/{primaryStorageUuid}/pools`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addCephPrimaryStoragePool(
        _ request: AddCephPrimaryStoragePool.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddCephPrimaryStoragePool.Response {
        let call = ZStackRequestBuilder(operation: AddCephPrimaryStoragePool.operation)
        call.setPathParameter("primaryStorageUuid", to: request.primaryStorageUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.poolName, forKey: "poolName")
                try wrapped.encodeValue(request.aliasName, forKey: "aliasName")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.isCreate, forKey: "isCreate")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
