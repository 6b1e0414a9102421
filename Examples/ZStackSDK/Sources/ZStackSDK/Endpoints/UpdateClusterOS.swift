import HTTPTypes

/// UpdateClusterOS
///
/// 升级集群内物理机的操作系统
///
/// 升级集群内物理机的操作系统
///
/// `PUT /zstack/v1/clusters/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: cluster
public nonisolated enum UpdateClusterOS {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateClusterOS",
            method: .put,
            pathTemplate: "/zstack/v1/clusters/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// 不升级的包列表
        public let excludePackages: [String]?

        /// 要升级的包列表
        public let updatePackages: [String]?

        /// 升级所用源的版本
        public let releaseVersion: String?

        /// The `resourceUuid` field.
        public let resourceUuid: String?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 强制
        public let force: UpdateClusterOSForce?

        /// 物理机UUID
        public let hostUuid: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - excludePackages: 不升级的包列表
        ///   - updatePackages: 要升级的包列表
        ///   - releaseVersion: 升级所用源的版本
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - force: 强制
        ///   - hostUuid: 物理机UUID
        public init(
            uuid: String,
            excludePackages: [String]? = nil,
            updatePackages: [String]? = nil,
            releaseVersion: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            force: UpdateClusterOSForce? = nil,
            hostUuid: String? = nil
        ) {
            self.uuid = uuid
            self.excludePackages = excludePackages
            self.updatePackages = updatePackages
            self.releaseVersion = releaseVersion
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
            self.systemTags = systemTags
            self.userTags = userTags
            self.force = force
            self.hostUuid = hostUuid
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
            guard ZStackFieldwise.same(lhs.excludePackages, rhs.excludePackages) else { return false }
            guard ZStackFieldwise.same(lhs.updatePackages, rhs.updatePackages) else { return false }
            guard ZStackFieldwise.same(lhs.releaseVersion, rhs.releaseVersion) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.force, rhs.force) else { return false }
            return ZStackFieldwise.same(lhs.hostUuid, rhs.hostUuid)
        }
    }

    /// 集群内物理机操作系统升级结果
    ///
    /// An ``InventoryReply`` of ``LongJobInventory``: the replies that differ only in that type share one generic type.
    ///
    /// - `inventory`: 任务信息
    public typealias Response = InventoryReply<LongJobInventory>
}

nonisolated extension ZStackClient {
    /// UpdateClusterOS
    ///
    /// 升级集群内物理机的操作系统
    ///
    /// 升级集群内物理机的操作系统
    ///
    /// `PUT /zstack/v1/clusters/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - excludePackages: 不升级的包列表
    ///   - updatePackages: 要升级的包列表
    ///   - releaseVersion: 升级所用源的版本
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - force: 强制
    ///   - hostUuid: 物理机UUID
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 集群内物理机操作系统升级结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateClusterOS(
        uuid: String,
        excludePackages: [String]? = nil,
        updatePackages: [String]? = nil,
        releaseVersion: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        force: UpdateClusterOSForce? = nil,
        hostUuid: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateClusterOS.Response {
        try await updateClusterOS(
            UpdateClusterOS.Request(
                uuid: uuid,
                excludePackages: excludePackages,
                updatePackages: updatePackages,
                releaseVersion: releaseVersion,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags,
                force: force,
                hostUuid: hostUuid
            ),
            polling: polling
        )
    }

    /// UpdateClusterOS
    ///
    /// 升级集群内物理机的操作系统
    ///
    /// 升级集群内物理机的操作系统
    ///
    /// `PUT /zstack/v1/clusters/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 集群内物理机操作系统升级结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateClusterOS(
        _ request: UpdateClusterOS.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateClusterOS.Response {
        let call = ZStackRequestBuilder(operation: UpdateClusterOS.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateClusterOS") { wrapped in
                try wrapped.encodeValue(request.excludePackages, forKey: "excludePackages")
                try wrapped.encodeValue(request.updatePackages, forKey: "updatePackages")
                try wrapped.encodeValue(request.releaseVersion, forKey: "releaseVersion")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
                try wrapped.encodeValue(request.force, forKey: "force")
                try wrapped.encodeValue(request.hostUuid, forKey: "hostUuid")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
