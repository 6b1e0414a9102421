import HTTPTypes

/// 从镜像创建云盘(CreateDataVolumeFromVolumeTemplate)
///
/// 从镜像创建云盘
///
/// `POST /zstack/v1/volumes/data/from/data-volume-templates/{imageUuid}`, asynchronous, authorization required.
///
/// Category: volume
public nonisolated enum CreateDataVolumeFromVolumeTemplate {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateDataVolumeFromVolumeTemplate",
            method: .post,
            pathTemplate: "/zstack/v1/volumes/data/from/data-volume-templates/{imageUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 镜像UUID
        public let imageUuid: String

        /// 云盘名称
        public let name: String

        /// 主存储UUID
        public let primaryStorageUuid: String

        /// 云盘的详细描述
        public let description: String?

        /// 物理机UUID
        public let hostUuid: String?

        /// The `resourceUuid` field.
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
        ///   - imageUuid: 镜像UUID
        ///   - name: 云盘名称
        ///   - primaryStorageUuid: 主存储UUID
        ///   - description: 云盘的详细描述
        ///   - hostUuid: 物理机UUID
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            imageUuid: String,
            name: String,
            primaryStorageUuid: String,
            description: String? = nil,
            hostUuid: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.imageUuid = imageUuid
            self.name = name
            self.primaryStorageUuid = primaryStorageUuid
            self.description = description
            self.hostUuid = hostUuid
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
            guard ZStackFieldwise.same(lhs.imageUuid, rhs.imageUuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.primaryStorageUuid, rhs.primaryStorageUuid) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.hostUuid, rhs.hostUuid) else { return false }
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
    /// - `inventory`: 创建出的云盘清单
    public typealias Response = InventoryReply<VolumeInventory>
}

nonisolated extension ZStackClient {
    /// 从镜像创建云盘(CreateDataVolumeFromVolumeTemplate)
    ///
    /// 从镜像创建云盘
    ///
    /// `POST /zstack/v1/volumes/data/from/data-volume-templates/{imageUuid}`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - imageUuid: 镜像UUID
    ///   - name: 云盘名称
    ///   - primaryStorageUuid: 主存储UUID
    ///   - description: 云盘的详细描述
    ///   - hostUuid: 物理机UUID
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云盘清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDataVolumeFromVolumeTemplate(
        imageUuid: String,
        name: String,
        primaryStorageUuid: String,
        description: String? = nil,
        hostUuid: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDataVolumeFromVolumeTemplate.Response {
        try await createDataVolumeFromVolumeTemplate(
            CreateDataVolumeFromVolumeTemplate.Request(
                imageUuid: imageUuid,
                name: name,
                primaryStorageUuid: primaryStorageUuid,
                description: description,
                hostUuid: hostUuid,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// 从镜像创建云盘(CreateDataVolumeFromVolumeTemplate)
    ///
    /// 从镜像创建云盘
    ///
    /// `POST /zstack/v1/volumes/data/from/data-volume-templates/{imageUuid}`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云盘清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDataVolumeFromVolumeTemplate(
        _ request: CreateDataVolumeFromVolumeTemplate.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDataVolumeFromVolumeTemplate.Response {
        let call = ZStackRequestBuilder(operation: CreateDataVolumeFromVolumeTemplate.operation)
        call.setPathParameter("imageUuid", to: request.imageUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.primaryStorageUuid, forKey: "primaryStorageUuid")
                try wrapped.encodeValue(request.hostUuid, forKey: "hostUuid")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
