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
    public static let operation = ZStackOperation(
        id: "CreateVmInstanceFromVolume",
        method: .post,
        pathTemplate: "/zstack/v1/vm-instances/from/volume",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源名称
        public var name: String

        /// 云盘UUID
        public var volumeUuid: String

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
        public var type: CreateVmInstanceFromVolumeTypeValue?

        /// 云盘系统平台
        public var platform: CreateVmInstanceFromVolumePlatform?

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

        /// 云主机创建策略
        public var strategy: CreateVmInstanceFromVolumeStrategy?

        /// 资源UUID
        public var resourceUuid: String?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// The `reservedMemorySize` field.
        public var reservedMemorySize: Int64?

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
            var type: CreateVmInstanceFromVolumeTypeValue?
            var volumeUuid: String
            var platform: CreateVmInstanceFromVolumePlatform?
            var zoneUuid: String?
            var clusterUuid: String?
            var hostUuid: String?
            var primaryStorageUuid: String?
            var defaultL3NetworkUuid: String?
            var strategy: CreateVmInstanceFromVolumeStrategy?
            var resourceUuid: String?
            var tagUuids: [String]?
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
                self.volumeUuid = request.volumeUuid
                self.platform = request.platform
                self.zoneUuid = request.zoneUuid
                self.clusterUuid = request.clusterUuid
                self.hostUuid = request.hostUuid
                self.primaryStorageUuid = request.primaryStorageUuid
                self.defaultL3NetworkUuid = request.defaultL3NetworkUuid
                self.strategy = request.strategy
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
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
                case volumeUuid = "volumeUuid"
                case platform = "platform"
                case zoneUuid = "zoneUuid"
                case clusterUuid = "clusterUuid"
                case hostUuid = "hostUuid"
                case primaryStorageUuid = "primaryStorageUuid"
                case defaultL3NetworkUuid = "defaultL3NetworkUuid"
                case strategy = "strategy"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case reservedMemorySize = "reservedMemorySize"
            }
        }
    }

    /// 从云盘创建虚拟机结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 云主机实例
        public var inventory: VmInstanceInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 云主机实例
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
        var call = ZStackRequestBuilder(operation: CreateVmInstanceFromVolume.operation)
        call.jsonBody = CreateVmInstanceFromVolume.Body(request)
        return try await perform(call, polling: polling)
    }
}
