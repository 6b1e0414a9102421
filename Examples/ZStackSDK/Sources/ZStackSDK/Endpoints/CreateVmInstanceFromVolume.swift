import HTTPTypes

/// CreateVmInstanceFromVolume
///
/// 从云盘创建虚拟机
///
/// `POST /zstack/v1/vm-instances/from/volume`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum CreateVmInstanceFromVolume {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateVmInstanceFromVolume",
            method: .post,
            pathTemplate: "/zstack/v1/vm-instances/from/volume",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源名称
        public let name: String

        /// 云盘UUID
        public let volumeUuid: String

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

        /// 网卡信息
        public let vmNicParams: String?

        /// 云主机类型
        public let type: CreateVmInstanceFromVolumeTypeValue?

        /// 云盘系统平台
        public let platform: CreateVmInstanceFromVolumePlatform?

        /// 区域UUID
        public let zoneUuid: String?

        /// 集群UUID
        public let clusterUuid: String?

        /// 物理机UUID
        public let hostUuid: String?

        /// 主存储UUID
        public let primaryStorageUuid: String?

        /// 默认三层网络UUID
        public let defaultL3NetworkUuid: String?

        /// 云主机创建策略
        public let strategy: CreateVmInstanceFromVolumeStrategy?

        /// 资源UUID
        public let resourceUuid: String?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `reservedMemorySize` field.
        public let reservedMemorySize: Int64?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - volumeUuid: 云盘UUID
        ///   - description: 资源的详细描述
        ///   - instanceOfferingUuid: 计算规格UUID
        ///   - cpuNum: CPU数量
        ///   - memorySize: 内存大小
        ///   - l3NetworkUuids: 三层网络UUID
        ///   - vmNicParams: 网卡信息
        ///   - type: 云主机类型
        ///   - platform: 云盘系统平台
        ///   - zoneUuid: 区域UUID
        ///   - clusterUuid: 集群UUID
        ///   - hostUuid: 物理机UUID
        ///   - primaryStorageUuid: 主存储UUID
        ///   - defaultL3NetworkUuid: 默认三层网络UUID
        ///   - strategy: 云主机创建策略
        ///   - resourceUuid: 资源UUID
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - reservedMemorySize: The `reservedMemorySize` field.
        public init(
            name: String,
            volumeUuid: String,
            description: String? = nil,
            instanceOfferingUuid: String? = nil,
            cpuNum: Int? = nil,
            memorySize: Int64? = nil,
            l3NetworkUuids: [String]? = nil,
            vmNicParams: String? = nil,
            type: CreateVmInstanceFromVolumeTypeValue? = nil,
            platform: CreateVmInstanceFromVolumePlatform? = nil,
            zoneUuid: String? = nil,
            clusterUuid: String? = nil,
            hostUuid: String? = nil,
            primaryStorageUuid: String? = nil,
            defaultL3NetworkUuid: String? = nil,
            strategy: CreateVmInstanceFromVolumeStrategy? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            reservedMemorySize: Int64? = nil
        ) {
            self.name = name
            self.volumeUuid = volumeUuid
            self.description = description
            self.instanceOfferingUuid = instanceOfferingUuid
            self.cpuNum = cpuNum
            self.memorySize = memorySize
            self.l3NetworkUuids = l3NetworkUuids
            self.vmNicParams = vmNicParams
            self.type = type
            self.platform = platform
            self.zoneUuid = zoneUuid
            self.clusterUuid = clusterUuid
            self.hostUuid = hostUuid
            self.primaryStorageUuid = primaryStorageUuid
            self.defaultL3NetworkUuid = defaultL3NetworkUuid
            self.strategy = strategy
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
            self.systemTags = systemTags
            self.userTags = userTags
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
            guard ZStackFieldwise.same(lhs.volumeUuid, rhs.volumeUuid) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.instanceOfferingUuid, rhs.instanceOfferingUuid) else { return false }
            guard ZStackFieldwise.same(lhs.cpuNum, rhs.cpuNum) else { return false }
            guard ZStackFieldwise.same(lhs.memorySize, rhs.memorySize) else { return false }
            guard ZStackFieldwise.same(lhs.l3NetworkUuids, rhs.l3NetworkUuids) else { return false }
            guard ZStackFieldwise.same(lhs.vmNicParams, rhs.vmNicParams) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.platform, rhs.platform) else { return false }
            guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
            guard ZStackFieldwise.same(lhs.clusterUuid, rhs.clusterUuid) else { return false }
            guard ZStackFieldwise.same(lhs.hostUuid, rhs.hostUuid) else { return false }
            guard ZStackFieldwise.same(lhs.primaryStorageUuid, rhs.primaryStorageUuid) else { return false }
            guard ZStackFieldwise.same(lhs.defaultL3NetworkUuid, rhs.defaultL3NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.strategy, rhs.strategy) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.reservedMemorySize, rhs.reservedMemorySize)
        }
    }

    /// 从云盘创建虚拟机结果
    ///
    /// An ``InventoryReply`` of ``VmInstanceInventory``: the replies that differ only in that type share one generic
    /// type.
    ///
    /// - `inventory`: 云主机实例
    public typealias Response = InventoryReply<VmInstanceInventory>
}

nonisolated extension ZStackClient {
    /// CreateVmInstanceFromVolume
    ///
    /// 从云盘创建虚拟机
    ///
    /// `POST /zstack/v1/vm-instances/from/volume`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - volumeUuid: 云盘UUID
    ///   - description: 资源的详细描述
    ///   - instanceOfferingUuid: 计算规格UUID
    ///   - cpuNum: CPU数量
    ///   - memorySize: 内存大小
    ///   - l3NetworkUuids: 三层网络UUID
    ///   - vmNicParams: 网卡信息
    ///   - type: 云主机类型
    ///   - platform: 云盘系统平台
    ///   - zoneUuid: 区域UUID
    ///   - clusterUuid: 集群UUID
    ///   - hostUuid: 物理机UUID
    ///   - primaryStorageUuid: 主存储UUID
    ///   - defaultL3NetworkUuid: 默认三层网络UUID
    ///   - strategy: 云主机创建策略
    ///   - resourceUuid: 资源UUID
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - reservedMemorySize: The `reservedMemorySize` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 从云盘创建虚拟机结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVmInstanceFromVolume(
        name: String,
        volumeUuid: String,
        description: String? = nil,
        instanceOfferingUuid: String? = nil,
        cpuNum: Int? = nil,
        memorySize: Int64? = nil,
        l3NetworkUuids: [String]? = nil,
        vmNicParams: String? = nil,
        type: CreateVmInstanceFromVolumeTypeValue? = nil,
        platform: CreateVmInstanceFromVolumePlatform? = nil,
        zoneUuid: String? = nil,
        clusterUuid: String? = nil,
        hostUuid: String? = nil,
        primaryStorageUuid: String? = nil,
        defaultL3NetworkUuid: String? = nil,
        strategy: CreateVmInstanceFromVolumeStrategy? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        reservedMemorySize: Int64? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVmInstanceFromVolume.Response {
        try await createVmInstanceFromVolume(
            CreateVmInstanceFromVolume.Request(
                name: name,
                volumeUuid: volumeUuid,
                description: description,
                instanceOfferingUuid: instanceOfferingUuid,
                cpuNum: cpuNum,
                memorySize: memorySize,
                l3NetworkUuids: l3NetworkUuids,
                vmNicParams: vmNicParams,
                type: type,
                platform: platform,
                zoneUuid: zoneUuid,
                clusterUuid: clusterUuid,
                hostUuid: hostUuid,
                primaryStorageUuid: primaryStorageUuid,
                defaultL3NetworkUuid: defaultL3NetworkUuid,
                strategy: strategy,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags,
                reservedMemorySize: reservedMemorySize
            ),
            polling: polling
        )
    }

    /// CreateVmInstanceFromVolume
    ///
    /// 从云盘创建虚拟机
    ///
    /// `POST /zstack/v1/vm-instances/from/volume`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 从云盘创建虚拟机结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVmInstanceFromVolume(
        _ request: CreateVmInstanceFromVolume.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVmInstanceFromVolume.Response {
        let call = ZStackRequestBuilder(operation: CreateVmInstanceFromVolume.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.instanceOfferingUuid, forKey: "instanceOfferingUuid")
                try wrapped.encodeValue(request.cpuNum, forKey: "cpuNum")
                try wrapped.encodeValue(request.memorySize, forKey: "memorySize")
                try wrapped.encodeValue(request.l3NetworkUuids, forKey: "l3NetworkUuids")
                try wrapped.encodeValue(request.vmNicParams, forKey: "vmNicParams")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.volumeUuid, forKey: "volumeUuid")
                try wrapped.encodeValue(request.platform, forKey: "platform")
                try wrapped.encodeValue(request.zoneUuid, forKey: "zoneUuid")
                try wrapped.encodeValue(request.clusterUuid, forKey: "clusterUuid")
                try wrapped.encodeValue(request.hostUuid, forKey: "hostUuid")
                try wrapped.encodeValue(request.primaryStorageUuid, forKey: "primaryStorageUuid")
                try wrapped.encodeValue(request.defaultL3NetworkUuid, forKey: "defaultL3NetworkUuid")
                try wrapped.encodeValue(request.strategy, forKey: "strategy")
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
