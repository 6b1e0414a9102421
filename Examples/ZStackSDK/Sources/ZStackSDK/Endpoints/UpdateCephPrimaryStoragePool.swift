import HTTPTypes

/// UpdateCephPrimaryStoragePool
///
/// Ceph Pool存储池清单
///
/// `PUT /zstack/v1/primary-storage/ceph/pools/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: storage.ceph.primary
public nonisolated enum UpdateCephPrimaryStoragePool {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateCephPrimaryStoragePool",
            method: .put,
            pathTemplate: "/zstack/v1/primary-storage/ceph/pools/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// The `aliasName` field.
        public let aliasName: String?

        /// 资源的详细描述
        public let description: String?

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - aliasName: The `aliasName` field.
        ///   - description: 资源的详细描述
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            uuid: String,
            aliasName: String? = nil,
            description: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.aliasName = aliasName
            self.description = description
            self.systemTags = systemTags
            self.userTags = userTags
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.aliasName, rhs.aliasName) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 更新 Ceph 主存储 Pool 存储池
    ///
    /// An ``InventoryReply`` of ``CephPrimaryStoragePoolInventory``: the replies that differ only in that type share
    /// one generic type.
    public typealias Response = InventoryReply<CephPrimaryStoragePoolInventory>
}

nonisolated extension ZStackClient {
    /// UpdateCephPrimaryStoragePool
    ///
    /// Ceph Pool存储池清单
    ///
    /// `PUT /zstack/v1/primary-storage/ceph/pools/{uuid}/actions`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - aliasName: The `aliasName` field.
    ///   - description: 资源的详细描述
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新 Ceph 主存储 Pool 存储池
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateCephPrimaryStoragePool(
        uuid: String,
        aliasName: String? = nil,
        description: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateCephPrimaryStoragePool.Response {
        try await updateCephPrimaryStoragePool(
            UpdateCephPrimaryStoragePool.Request(
                uuid: uuid,
                aliasName: aliasName,
                description: description,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateCephPrimaryStoragePool
    ///
    /// Ceph Pool存储池清单
    ///
    /// `PUT /zstack/v1/primary-storage/ceph/pools/{uuid}/actions`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新 Ceph 主存储 Pool 存储池
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateCephPrimaryStoragePool(
        _ request: UpdateCephPrimaryStoragePool.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateCephPrimaryStoragePool.Response {
        let call = ZStackRequestBuilder(operation: UpdateCephPrimaryStoragePool.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateCephPrimaryStoragePool") { wrapped in
                try wrapped.encodeValue(request.aliasName, forKey: "aliasName")
                try wrapped.encodeValue(request.description, forKey: "description")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
