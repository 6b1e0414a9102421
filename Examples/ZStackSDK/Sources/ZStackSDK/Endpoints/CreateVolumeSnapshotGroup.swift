import HTTPTypes

/// CreateVolumeSnapshotGroup
///
/// 创建云盘快照组
///
/// `POST /zstack/v1/volume-snapshots/group`, asynchronous, authorization required.
///
/// Category: volume
public nonisolated enum CreateVolumeSnapshotGroup {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateVolumeSnapshotGroup",
            method: .post,
            pathTemplate: "/zstack/v1/volume-snapshots/group",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 根云盘UUID
        public let rootVolumeUuid: String

        /// 资源名称
        public let name: String

        /// 资源的详细描述
        public let description: String?

        /// The `resourceUuid` field.
        public let resourceUuid: String?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// The `withMemory` field.
        public let withMemory: Bool?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - rootVolumeUuid: 根云盘UUID
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        ///   - withMemory: The `withMemory` field.
        public init(
            rootVolumeUuid: String,
            name: String,
            description: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            withMemory: Bool? = nil
        ) {
            self.rootVolumeUuid = rootVolumeUuid
            self.name = name
            self.description = description
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
            self.systemTags = systemTags
            self.userTags = userTags
            self.withMemory = withMemory
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
            guard ZStackFieldwise.same(lhs.rootVolumeUuid, rhs.rootVolumeUuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.withMemory, rhs.withMemory)
        }
    }

    /// 创建云盘快照组结果
    ///
    /// An ``InventoryReply`` of ``VolumeSnapshotGroupInventory``: the replies that differ only in that type share one
    /// generic type.
    ///
    /// - `inventory`: 快照组清单
    public typealias Response = InventoryReply<VolumeSnapshotGroupInventory>
}

nonisolated extension ZStackClient {
    /// CreateVolumeSnapshotGroup
    ///
    /// 创建云盘快照组
    ///
    /// `POST /zstack/v1/volume-snapshots/group`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - rootVolumeUuid: 根云盘UUID
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - withMemory: The `withMemory` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 创建云盘快照组结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVolumeSnapshotGroup(
        rootVolumeUuid: String,
        name: String,
        description: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        withMemory: Bool? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVolumeSnapshotGroup.Response {
        try await createVolumeSnapshotGroup(
            CreateVolumeSnapshotGroup.Request(
                rootVolumeUuid: rootVolumeUuid,
                name: name,
                description: description,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags,
                withMemory: withMemory
            ),
            polling: polling
        )
    }

    /// CreateVolumeSnapshotGroup
    ///
    /// 创建云盘快照组
    ///
    /// `POST /zstack/v1/volume-snapshots/group`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 创建云盘快照组结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVolumeSnapshotGroup(
        _ request: CreateVolumeSnapshotGroup.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVolumeSnapshotGroup.Response {
        let call = ZStackRequestBuilder(operation: CreateVolumeSnapshotGroup.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.rootVolumeUuid, forKey: "rootVolumeUuid")
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
                try wrapped.encodeValue(request.withMemory, forKey: "withMemory")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
