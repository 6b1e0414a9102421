import HTTPTypes

/// CreateDataVolumeFromVolumeSnapshot
///
/// 从快照创建一个云盘
///
/// `POST /zstack/v1/volumes/data/from/volume-snapshots/{volumeSnapshotUuid}`, asynchronous, authorization required.
///
/// Category: volume
public nonisolated enum CreateDataVolumeFromVolumeSnapshot {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateDataVolumeFromVolumeSnapshot",
            method: .post,
            pathTemplate: "/zstack/v1/volumes/data/from/volume-snapshots/{volumeSnapshotUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云盘快照UUID
        public let volumeSnapshotUuid: String

        /// 云盘名称
        public let name: String

        /// 云盘的详细描述
        public let description: String?

        /// 主存储UUID
        public let primaryStorageUuid: String?

        /// 资源的Uuid
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
        ///   - volumeSnapshotUuid: 云盘快照UUID
        ///   - name: 云盘名称
        ///   - description: 云盘的详细描述
        ///   - primaryStorageUuid: 主存储UUID
        ///   - resourceUuid: 资源的Uuid
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            volumeSnapshotUuid: String,
            name: String,
            description: String? = nil,
            primaryStorageUuid: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.volumeSnapshotUuid = volumeSnapshotUuid
            self.name = name
            self.description = description
            self.primaryStorageUuid = primaryStorageUuid
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
            guard ZStackFieldwise.same(lhs.volumeSnapshotUuid, rhs.volumeSnapshotUuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.primaryStorageUuid, rhs.primaryStorageUuid) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// 云盘清单
    ///
    /// An ``InventoryReply`` of ``VolumeInventory``: the replies that differ only in that type share one generic type.
    ///
    /// - `inventory`: 云盘清单
    public typealias Response = InventoryReply<VolumeInventory>
}

nonisolated extension ZStackClient {
    /// CreateDataVolumeFromVolumeSnapshot
    ///
    /// 从快照创建一个云盘
    ///
    /// `POST /zstack/v1/volumes/data/from/volume-snapshots/{volumeSnapshotUuid}`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - volumeSnapshotUuid: 云盘快照UUID
    ///   - name: 云盘名称
    ///   - description: 云盘的详细描述
    ///   - primaryStorageUuid: 主存储UUID
    ///   - resourceUuid: 资源的Uuid
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云盘清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDataVolumeFromVolumeSnapshot(
        volumeSnapshotUuid: String,
        name: String,
        description: String? = nil,
        primaryStorageUuid: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDataVolumeFromVolumeSnapshot.Response {
        try await createDataVolumeFromVolumeSnapshot(
            CreateDataVolumeFromVolumeSnapshot.Request(
                volumeSnapshotUuid: volumeSnapshotUuid,
                name: name,
                description: description,
                primaryStorageUuid: primaryStorageUuid,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// CreateDataVolumeFromVolumeSnapshot
    ///
    /// 从快照创建一个云盘
    ///
    /// `POST /zstack/v1/volumes/data/from/volume-snapshots/{volumeSnapshotUuid}`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云盘清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDataVolumeFromVolumeSnapshot(
        _ request: CreateDataVolumeFromVolumeSnapshot.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDataVolumeFromVolumeSnapshot.Response {
        let call = ZStackRequestBuilder(operation: CreateDataVolumeFromVolumeSnapshot.operation)
        call.setPathParameter("volumeSnapshotUuid", to: request.volumeSnapshotUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.primaryStorageUuid, forKey: "primaryStorageUuid")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
