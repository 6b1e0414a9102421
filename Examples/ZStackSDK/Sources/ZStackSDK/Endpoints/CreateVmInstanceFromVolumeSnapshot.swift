import HTTPTypes

/// CreateVmInstanceFromVolumeSnapshot
///
/// 从快照创建云主机
///
/// `POST /zstack/v1/vm-instances/from/volume-snapshots/{volumeSnapshotUuid}`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum CreateVmInstanceFromVolumeSnapshot {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateVmInstanceFromVolumeSnapshot",
        method: .post,
        pathTemplate: "/zstack/v1/vm-instances/from/volume-snapshots/{volumeSnapshotUuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云盘快照UUID
        public var volumeSnapshotUuid: String

        /// 资源名称
        public var name: String

        /// 资源的详细描述
        public var description: String?

        /// 计算规格UUID
        public var instanceOfferingUuid: String?

        /// CPU数量
        public var cpuNum: Int?

        /// 内存大小
        public var memorySize: Int64?

        /// 三层网络UUID
        public var l3NetworkUuids: [String]?

        /// 网卡信息
        public var vmNicParams: String?

        /// 云主机类型
        public var type: CreateVmInstanceFromVolumeSnapshotTypeValue?

        /// 云主机系统平台类型
        public var platform: CreateVmInstanceFromVolumeSnapshotPlatform?

        /// 区域UUID
        public var zoneUuid: String?

        /// 集群UUID
        public var clusterUuid: String?

        /// 物理机UUID
        public var hostUuid: String?

        /// 主存储UUID
        public var primaryStorageUuid: String?

        /// 默认三层网络UUID
        public var defaultL3NetworkUuid: String?

        /// 创建策略
        public var strategy: CreateVmInstanceFromVolumeSnapshotStrategy?

        /// 资源UUID
        public var resourceUuid: String?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 根云盘的系统标签
        public var rootVolumeSystemTags: [String]?

        /// The `reservedMemorySize` field.
        public var reservedMemorySize: Int64?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - volumeSnapshotUuid: 云盘快照UUID
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - instanceOfferingUuid: 计算规格UUID
        ///   - cpuNum: CPU数量
        ///   - memorySize: 内存大小
        ///   - l3NetworkUuids: 三层网络UUID
        ///   - vmNicParams: 网卡信息
        ///   - type: 云主机类型
        ///   - platform: 云主机系统平台类型
        ///   - zoneUuid: 区域UUID
        ///   - clusterUuid: 集群UUID
        ///   - hostUuid: 物理机UUID
        ///   - primaryStorageUuid: 主存储UUID
        ///   - defaultL3NetworkUuid: 默认三层网络UUID
        ///   - strategy: 创建策略
        ///   - resourceUuid: 资源UUID
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - rootVolumeSystemTags: 根云盘的系统标签
        ///   - reservedMemorySize: The `reservedMemorySize` field.
        public init(
            volumeSnapshotUuid: String,
            name: String,
            description: String? = nil,
            instanceOfferingUuid: String? = nil,
            cpuNum: Int? = nil,
            memorySize: Int64? = nil,
            l3NetworkUuids: [String]? = nil,
            vmNicParams: String? = nil,
            type: CreateVmInstanceFromVolumeSnapshotTypeValue? = nil,
            platform: CreateVmInstanceFromVolumeSnapshotPlatform? = nil,
            zoneUuid: String? = nil,
            clusterUuid: String? = nil,
            hostUuid: String? = nil,
            primaryStorageUuid: String? = nil,
            defaultL3NetworkUuid: String? = nil,
            strategy: CreateVmInstanceFromVolumeSnapshotStrategy? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            rootVolumeSystemTags: [String]? = nil,
            reservedMemorySize: Int64? = nil
        ) {
            self.volumeSnapshotUuid = volumeSnapshotUuid
            self.name = name
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
            self.rootVolumeSystemTags = rootVolumeSystemTags
            self.reservedMemorySize = reservedMemorySize
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [String]?
        var userTags: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var name: String
            var description: String?
            var instanceOfferingUuid: String?
            var cpuNum: Int?
            var memorySize: Int64?
            var l3NetworkUuids: [String]?
            var vmNicParams: String?
            var type: CreateVmInstanceFromVolumeSnapshotTypeValue?
            var platform: CreateVmInstanceFromVolumeSnapshotPlatform?
            var zoneUuid: String?
            var clusterUuid: String?
            var hostUuid: String?
            var primaryStorageUuid: String?
            var defaultL3NetworkUuid: String?
            var strategy: CreateVmInstanceFromVolumeSnapshotStrategy?
            var resourceUuid: String?
            var tagUuids: [String]?
            var rootVolumeSystemTags: [String]?
            var reservedMemorySize: Int64?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.instanceOfferingUuid = request.instanceOfferingUuid
                self.cpuNum = request.cpuNum
                self.memorySize = request.memorySize
                self.l3NetworkUuids = request.l3NetworkUuids
                self.vmNicParams = request.vmNicParams
                self.type = request.type
                self.platform = request.platform
                self.zoneUuid = request.zoneUuid
                self.clusterUuid = request.clusterUuid
                self.hostUuid = request.hostUuid
                self.primaryStorageUuid = request.primaryStorageUuid
                self.defaultL3NetworkUuid = request.defaultL3NetworkUuid
                self.strategy = request.strategy
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
                self.rootVolumeSystemTags = request.rootVolumeSystemTags
                self.reservedMemorySize = request.reservedMemorySize
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case instanceOfferingUuid = "instanceOfferingUuid"
                case cpuNum = "cpuNum"
                case memorySize = "memorySize"
                case l3NetworkUuids = "l3NetworkUuids"
                case vmNicParams = "vmNicParams"
                case type = "type"
                case platform = "platform"
                case zoneUuid = "zoneUuid"
                case clusterUuid = "clusterUuid"
                case hostUuid = "hostUuid"
                case primaryStorageUuid = "primaryStorageUuid"
                case defaultL3NetworkUuid = "defaultL3NetworkUuid"
                case strategy = "strategy"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case rootVolumeSystemTags = "rootVolumeSystemTags"
                case reservedMemorySize = "reservedMemorySize"
            }
        }
    }

    /// 从快照创建云主机结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: VmInstanceInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: VmInstanceInventory? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventory = "inventory"
        }
    }
}

nonisolated extension ZStackClient {
    /// CreateVmInstanceFromVolumeSnapshot
    ///
    /// 从快照创建云主机
    ///
    /// `POST /zstack/v1/vm-instances/from/volume-snapshots/{volumeSnapshotUuid}`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - volumeSnapshotUuid: 云盘快照UUID
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - instanceOfferingUuid: 计算规格UUID
    ///   - cpuNum: CPU数量
    ///   - memorySize: 内存大小
    ///   - l3NetworkUuids: 三层网络UUID
    ///   - vmNicParams: 网卡信息
    ///   - type: 云主机类型
    ///   - platform: 云主机系统平台类型
    ///   - zoneUuid: 区域UUID
    ///   - clusterUuid: 集群UUID
    ///   - hostUuid: 物理机UUID
    ///   - primaryStorageUuid: 主存储UUID
    ///   - defaultL3NetworkUuid: 默认三层网络UUID
    ///   - strategy: 创建策略
    ///   - resourceUuid: 资源UUID
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - rootVolumeSystemTags: 根云盘的系统标签
    ///   - reservedMemorySize: The `reservedMemorySize` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 从快照创建云主机结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVmInstanceFromVolumeSnapshot(
        volumeSnapshotUuid: String,
        name: String,
        description: String? = nil,
        instanceOfferingUuid: String? = nil,
        cpuNum: Int? = nil,
        memorySize: Int64? = nil,
        l3NetworkUuids: [String]? = nil,
        vmNicParams: String? = nil,
        type: CreateVmInstanceFromVolumeSnapshotTypeValue? = nil,
        platform: CreateVmInstanceFromVolumeSnapshotPlatform? = nil,
        zoneUuid: String? = nil,
        clusterUuid: String? = nil,
        hostUuid: String? = nil,
        primaryStorageUuid: String? = nil,
        defaultL3NetworkUuid: String? = nil,
        strategy: CreateVmInstanceFromVolumeSnapshotStrategy? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        rootVolumeSystemTags: [String]? = nil,
        reservedMemorySize: Int64? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVmInstanceFromVolumeSnapshot.Response {
        try await createVmInstanceFromVolumeSnapshot(
            CreateVmInstanceFromVolumeSnapshot.Request(
                volumeSnapshotUuid: volumeSnapshotUuid,
                name: name,
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
                rootVolumeSystemTags: rootVolumeSystemTags,
                reservedMemorySize: reservedMemorySize
            ),
            polling: polling
        )
    }

    /// CreateVmInstanceFromVolumeSnapshot
    ///
    /// 从快照创建云主机
    ///
    /// `POST /zstack/v1/vm-instances/from/volume-snapshots/{volumeSnapshotUuid}`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 从快照创建云主机结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVmInstanceFromVolumeSnapshot(
        _ request: CreateVmInstanceFromVolumeSnapshot.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVmInstanceFromVolumeSnapshot.Response {
        var call = ZStackRequestBuilder(operation: CreateVmInstanceFromVolumeSnapshot.operation)
        call.setPathParameter("volumeSnapshotUuid", to: request.volumeSnapshotUuid)
        call.jsonBody = CreateVmInstanceFromVolumeSnapshot.Body(request)
        return try await perform(call, polling: polling)
    }
}
