import HTTPTypes

/// CreateVmInstanceFromVolumeSnapshotGroup
///
/// 从快照组创建云主机
///
/// `POST /zstack/v1/vm-instances/from/volume-snapshots/group/{volumeSnapshotGroupUuid}`, asynchronous, authorization
/// required.
///
/// Category: vmInstance
public nonisolated enum CreateVmInstanceFromVolumeSnapshotGroup {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateVmInstanceFromVolumeSnapshotGroup",
            method: .post,
            pathTemplate: "/zstack/v1/vm-instances/from/volume-snapshots/group/{volumeSnapshotGroupUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 快照组UUID
        public let volumeSnapshotGroupUuid: String

        /// 资源名称
        public let name: String

        /// 资源的详细描述
        public let description: String?

        /// 计算规格UUID
        public let instanceOfferingUuid: String?

        /// CPU数量
        public let cpuNum: Int?

        /// 内存大小
        public let memorySize: Int64?

        /// 三层网络UUID
        public let l3NetworkUuids: [String]?

        /// 云主机类型
        public let type: CreateVmInstanceFromVolumeSnapshotGroupTypeValue?

        /// 区域UUID
        public let zoneUuid: String?

        /// 集群UUID
        public let clusterUuid: String?

        /// 物理机UUID
        public let hostUuid: String?

        /// 根盘的主存储UUID
        public let primaryStorageUuidForRootVolume: String?

        /// 默认三层网络UUID
        public let defaultL3NetworkUuid: String?

        /// 创建策略
        public let strategy: CreateVmInstanceFromVolumeSnapshotGroupStrategy?

        /// 资源UUID
        public let resourceUuid: String?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 根云盘的系统标签
        public let rootVolumeSystemTags: [String]?

        /// 数据云盘的系统标签，键值为快照UUID
        public let dataVolumeSystemTags: [String: [String]]?

        /// The `reservedMemorySize` field.
        public let reservedMemorySize: Int64?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - volumeSnapshotGroupUuid: 快照组UUID
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - instanceOfferingUuid: 计算规格UUID
        ///   - cpuNum: CPU数量
        ///   - memorySize: 内存大小
        ///   - l3NetworkUuids: 三层网络UUID
        ///   - type: 云主机类型
        ///   - zoneUuid: 区域UUID
        ///   - clusterUuid: 集群UUID
        ///   - hostUuid: 物理机UUID
        ///   - primaryStorageUuidForRootVolume: 根盘的主存储UUID
        ///   - defaultL3NetworkUuid: 默认三层网络UUID
        ///   - strategy: 创建策略
        ///   - resourceUuid: 资源UUID
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - rootVolumeSystemTags: 根云盘的系统标签
        ///   - dataVolumeSystemTags: 数据云盘的系统标签，键值为快照UUID
        ///   - reservedMemorySize: The `reservedMemorySize` field.
        public init(
            volumeSnapshotGroupUuid: String,
            name: String,
            description: String? = nil,
            instanceOfferingUuid: String? = nil,
            cpuNum: Int? = nil,
            memorySize: Int64? = nil,
            l3NetworkUuids: [String]? = nil,
            type: CreateVmInstanceFromVolumeSnapshotGroupTypeValue? = nil,
            zoneUuid: String? = nil,
            clusterUuid: String? = nil,
            hostUuid: String? = nil,
            primaryStorageUuidForRootVolume: String? = nil,
            defaultL3NetworkUuid: String? = nil,
            strategy: CreateVmInstanceFromVolumeSnapshotGroupStrategy? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            rootVolumeSystemTags: [String]? = nil,
            dataVolumeSystemTags: [String: [String]]? = nil,
            reservedMemorySize: Int64? = nil
        ) {
            self.volumeSnapshotGroupUuid = volumeSnapshotGroupUuid
            self.name = name
            self.description = description
            self.instanceOfferingUuid = instanceOfferingUuid
            self.cpuNum = cpuNum
            self.memorySize = memorySize
            self.l3NetworkUuids = l3NetworkUuids
            self.type = type
            self.zoneUuid = zoneUuid
            self.clusterUuid = clusterUuid
            self.hostUuid = hostUuid
            self.primaryStorageUuidForRootVolume = primaryStorageUuidForRootVolume
            self.defaultL3NetworkUuid = defaultL3NetworkUuid
            self.strategy = strategy
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
            self.systemTags = systemTags
            self.userTags = userTags
            self.rootVolumeSystemTags = rootVolumeSystemTags
            self.dataVolumeSystemTags = dataVolumeSystemTags
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
            guard ZStackFieldwise.same(lhs.volumeSnapshotGroupUuid, rhs.volumeSnapshotGroupUuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.instanceOfferingUuid, rhs.instanceOfferingUuid) else { return false }
            guard ZStackFieldwise.same(lhs.cpuNum, rhs.cpuNum) else { return false }
            guard ZStackFieldwise.same(lhs.memorySize, rhs.memorySize) else { return false }
            guard ZStackFieldwise.same(lhs.l3NetworkUuids, rhs.l3NetworkUuids) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
            guard ZStackFieldwise.same(lhs.clusterUuid, rhs.clusterUuid) else { return false }
            guard ZStackFieldwise.same(lhs.hostUuid, rhs.hostUuid) else { return false }
            guard ZStackFieldwise.same(
                lhs.primaryStorageUuidForRootVolume,
                rhs.primaryStorageUuidForRootVolume
            ) else { return false }
            guard ZStackFieldwise.same(lhs.defaultL3NetworkUuid, rhs.defaultL3NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.strategy, rhs.strategy) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.rootVolumeSystemTags, rhs.rootVolumeSystemTags) else { return false }
            guard ZStackFieldwise.same(lhs.dataVolumeSystemTags, rhs.dataVolumeSystemTags) else { return false }
            return ZStackFieldwise.same(lhs.reservedMemorySize, rhs.reservedMemorySize)
        }
    }

    /// 从快照组创建云主机结果
    ///
    /// An ``InventoryReply`` of ``VmInstanceInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<VmInstanceInventory>
}

nonisolated extension ZStackClient {
    /// CreateVmInstanceFromVolumeSnapshotGroup
    ///
    /// 从快照组创建云主机
    ///
    /// `POST /zstack/v1/vm-instances/from/volume-snapshots/group/{volumeSnapshotGroupUuid}`, asynchronous,
    /// authorization required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - volumeSnapshotGroupUuid: 快照组UUID
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - instanceOfferingUuid: 计算规格UUID
    ///   - cpuNum: CPU数量
    ///   - memorySize: 内存大小
    ///   - l3NetworkUuids: 三层网络UUID
    ///   - type: 云主机类型
    ///   - zoneUuid: 区域UUID
    ///   - clusterUuid: 集群UUID
    ///   - hostUuid: 物理机UUID
    ///   - primaryStorageUuidForRootVolume: 根盘的主存储UUID
    ///   - defaultL3NetworkUuid: 默认三层网络UUID
    ///   - strategy: 创建策略
    ///   - resourceUuid: 资源UUID
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - rootVolumeSystemTags: 根云盘的系统标签
    ///   - dataVolumeSystemTags: 数据云盘的系统标签，键值为快照UUID
    ///   - reservedMemorySize: The `reservedMemorySize` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 从快照组创建云主机结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVmInstanceFromVolumeSnapshotGroup(
        volumeSnapshotGroupUuid: String,
        name: String,
        description: String? = nil,
        instanceOfferingUuid: String? = nil,
        cpuNum: Int? = nil,
        memorySize: Int64? = nil,
        l3NetworkUuids: [String]? = nil,
        type: CreateVmInstanceFromVolumeSnapshotGroupTypeValue? = nil,
        zoneUuid: String? = nil,
        clusterUuid: String? = nil,
        hostUuid: String? = nil,
        primaryStorageUuidForRootVolume: String? = nil,
        defaultL3NetworkUuid: String? = nil,
        strategy: CreateVmInstanceFromVolumeSnapshotGroupStrategy? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        rootVolumeSystemTags: [String]? = nil,
        dataVolumeSystemTags: [String: [String]]? = nil,
        reservedMemorySize: Int64? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVmInstanceFromVolumeSnapshotGroup.Response {
        try await createVmInstanceFromVolumeSnapshotGroup(
            CreateVmInstanceFromVolumeSnapshotGroup.Request(
                volumeSnapshotGroupUuid: volumeSnapshotGroupUuid,
                name: name,
                description: description,
                instanceOfferingUuid: instanceOfferingUuid,
                cpuNum: cpuNum,
                memorySize: memorySize,
                l3NetworkUuids: l3NetworkUuids,
                type: type,
                zoneUuid: zoneUuid,
                clusterUuid: clusterUuid,
                hostUuid: hostUuid,
                primaryStorageUuidForRootVolume: primaryStorageUuidForRootVolume,
                defaultL3NetworkUuid: defaultL3NetworkUuid,
                strategy: strategy,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags,
                rootVolumeSystemTags: rootVolumeSystemTags,
                dataVolumeSystemTags: dataVolumeSystemTags,
                reservedMemorySize: reservedMemorySize
            ),
            polling: polling
        )
    }

    /// CreateVmInstanceFromVolumeSnapshotGroup
    ///
    /// 从快照组创建云主机
    ///
    /// `POST /zstack/v1/vm-instances/from/volume-snapshots/group/{volumeSnapshotGroupUuid}`, asynchronous,
    /// authorization required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 从快照组创建云主机结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVmInstanceFromVolumeSnapshotGroup(
        _ request: CreateVmInstanceFromVolumeSnapshotGroup.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVmInstanceFromVolumeSnapshotGroup.Response {
        let call = ZStackRequestBuilder(operation: CreateVmInstanceFromVolumeSnapshotGroup.operation)
        call.setPathParameter("volumeSnapshotGroupUuid", to: request.volumeSnapshotGroupUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.instanceOfferingUuid, forKey: "instanceOfferingUuid")
                try wrapped.encodeValue(request.cpuNum, forKey: "cpuNum")
                try wrapped.encodeValue(request.memorySize, forKey: "memorySize")
                try wrapped.encodeValue(request.l3NetworkUuids, forKey: "l3NetworkUuids")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.zoneUuid, forKey: "zoneUuid")
                try wrapped.encodeValue(request.clusterUuid, forKey: "clusterUuid")
                try wrapped.encodeValue(request.hostUuid, forKey: "hostUuid")
                try wrapped.encodeValue(
                    request.primaryStorageUuidForRootVolume,
                    forKey: "primaryStorageUuidForRootVolume"
                )
                try wrapped.encodeValue(request.defaultL3NetworkUuid, forKey: "defaultL3NetworkUuid")
                try wrapped.encodeValue(request.strategy, forKey: "strategy")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
                try wrapped.encodeValue(request.rootVolumeSystemTags, forKey: "rootVolumeSystemTags")
                try wrapped.encodeValue(request.dataVolumeSystemTags, forKey: "dataVolumeSystemTags")
                try wrapped.encodeValue(request.reservedMemorySize, forKey: "reservedMemorySize")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
