import HTTPTypes

/// 创建云主机(CreateVmInstance)
///
/// 创建一个新的云主机
///
/// `POST /zstack/v1/vm-instances`, asynchronous, authorization required.
///
/// Category: 云主机
public nonisolated enum CreateVmInstance {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateVmInstance",
        method: .post,
        pathTemplate: "/zstack/v1/vm-instances",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云主机名称
        public var name: String

        /// 计算规格UUID。指定云主机的CPU、内存等参数。
        public var instanceOfferingUuid: String?

        /// 镜像UUID。云主机的根云盘会从该字段指定的镜像创建。
        public var imageUuid: String?

        /// 三层网络UUID列表。可以指定一个或多个三层网络，云主机会在每个网络上创建一个网卡。
        public var l3NetworkUuids: [String]?

        /// 网卡信息
        public var vmNicParams: String?

        /// 云主机类型。保留字段，无需指定。
        public var type: CreateVmInstanceTypeValue?

        /// 根云盘规格UUID。如果`imageUuid`字段指定的镜像类型是ISO，该字段必须指定以确定需要创建的根云盘大小。如果镜像类型是非ISO，该字段无需指定。
        public var rootDiskOfferingUuid: String?

        /// 自定义云盘大小列表。可以指定一个或多个云盘大小（可重复）为云主机创建一个或多个数据云盘。
        public var dataDiskSizes: [Int64]?

        /// 云盘规格UUID列表。可以指定一个或多个云盘规格UUID（UUID可以重复）为云主机创建一个或多个数据云盘。
        public var dataDiskOfferingUuids: [String]?

        /// 区域UUID。若指定，云主机会在指定区域创建。
        public var zoneUuid: String?

        /// 集群UUID。若指定，云主机会在指定集群创建，该字段优先级高于`zoneUuid`。
        public var clusterUuid: String?

        /// 物理机UUID。若指定，云主机会在指定物理机创建，该字段优先级高于`zoneUuid`和`clusterUuid`。
        public var hostUuid: String?

        /// 主存储UUID。若指定，云主机的根云盘会在指定主存储创建。
        public var primaryStorageUuidForRootVolume: String?

        /// 云主机的详细描述
        public var description: String?

        /// 默认三层网络UUID。当在`l3NetworkUuids`指定了多个三层网络时，该字段指定提供默认路由的三层网络。若不指定，`l3NetworkUuids`的第一个网络被选为默认网络。
        public var defaultL3NetworkUuid: String?

        /// 资源UUID。若指定，云主机会使用该字段值作为UUID。
        public var resourceUuid: String?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// 云主机系统标签
        public var systemTags: [String]?

        /// 云主机用户标签
        public var userTags: [String]?

        /// 云主机创建策略,创建后立刻启动或创建后不启动
        public var strategy: CreateVmInstanceStrategy?

        /// 云主机根盘所需要的系统标签
        public var rootVolumeSystemTags: [String]?

        /// 云主机数据盘所需要的系统标签
        public var dataVolumeSystemTags: [String]?

        /// The `cpuNum` field.
        public var cpuNum: Int?

        /// The `memorySize` field.
        public var memorySize: Int64?

        /// The `rootDiskSize` field.
        public var rootDiskSize: Int64?

        /// The `dataVolumeSystemTagsOnIndex` field.
        public var dataVolumeSystemTagsOnIndex: [String: [String]]?

        /// The `sshKeyPairUuids` field.
        public var sshKeyPairUuids: [String]?

        /// The `dataVolumeTemplateUuids` field.
        public var dataVolumeTemplateUuids: [ZStackJSONValue]?

        /// boot=true表示diskAO用于设置云主机平台、架构、操作系统与根盘总线；diskAO.boot=false表示加载的硬盘
        public var diskAOs: [ZStackJSONValue]?

        /// The `platform` field.
        public var platform: String?

        /// The `guestOsType` field.
        public var guestOsType: String?

        /// The `architecture` field.
        public var architecture: String?

        /// The `reservedMemorySize` field.
        public var reservedMemorySize: Int64?

        /// The `virtio` field.
        public var virtio: Bool?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 云主机名称
        ///   - instanceOfferingUuid: 计算规格UUID。指定云主机的CPU、内存等参数。
        ///   - imageUuid: 镜像UUID。云主机的根云盘会从该字段指定的镜像创建。
        ///   - l3NetworkUuids: 三层网络UUID列表。可以指定一个或多个三层网络，云主机会在每个网络上创建一个网卡。
        ///   - vmNicParams: 网卡信息
        ///   - type: 云主机类型。保留字段，无需指定。
        ///   - rootDiskOfferingUuid: 根云盘规格UUID。如果`imageUuid`字段指定的镜像类型是ISO，该字段必须指定以确定需要创建的根云盘大小。如果镜像类型是非ISO，该字段无需指定。
        ///   - dataDiskSizes: 自定义云盘大小列表。可以指定一个或多个云盘大小（可重复）为云主机创建一个或多个数据云盘。
        ///   - dataDiskOfferingUuids: 云盘规格UUID列表。可以指定一个或多个云盘规格UUID（UUID可以重复）为云主机创建一个或多个数据云盘。
        ///   - zoneUuid: 区域UUID。若指定，云主机会在指定区域创建。
        ///   - clusterUuid: 集群UUID。若指定，云主机会在指定集群创建，该字段优先级高于`zoneUuid`。
        ///   - hostUuid: 物理机UUID。若指定，云主机会在指定物理机创建，该字段优先级高于`zoneUuid`和`clusterUuid`。
        ///   - primaryStorageUuidForRootVolume: 主存储UUID。若指定，云主机的根云盘会在指定主存储创建。
        ///   - description: 云主机的详细描述
        ///   - defaultL3NetworkUuid: 默认三层网络UUID。当在`l3NetworkUuids`指定了多个三层网络时，该字段指定提供默认路由的三层网络。若不指定，`l3NetworkUuids`的第一个网络被选为默认网络。
        ///   - resourceUuid: 资源UUID。若指定，云主机会使用该字段值作为UUID。
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 云主机系统标签
        ///   - userTags: 云主机用户标签
        ///   - strategy: 云主机创建策略,创建后立刻启动或创建后不启动
        ///   - rootVolumeSystemTags: 云主机根盘所需要的系统标签
        ///   - dataVolumeSystemTags: 云主机数据盘所需要的系统标签
        ///   - cpuNum: The `cpuNum` field.
        ///   - memorySize: The `memorySize` field.
        ///   - rootDiskSize: The `rootDiskSize` field.
        ///   - dataVolumeSystemTagsOnIndex: The `dataVolumeSystemTagsOnIndex` field.
        ///   - sshKeyPairUuids: The `sshKeyPairUuids` field.
        ///   - dataVolumeTemplateUuids: The `dataVolumeTemplateUuids` field.
        ///   - diskAOs: boot=true表示diskAO用于设置云主机平台、架构、操作系统与根盘总线；diskAO.boot=false表示加载的硬盘
        ///   - platform: The `platform` field.
        ///   - guestOsType: The `guestOsType` field.
        ///   - architecture: The `architecture` field.
        ///   - reservedMemorySize: The `reservedMemorySize` field.
        ///   - virtio: The `virtio` field.
        public init(
            name: String,
            instanceOfferingUuid: String? = nil,
            imageUuid: String? = nil,
            l3NetworkUuids: [String]? = nil,
            vmNicParams: String? = nil,
            type: CreateVmInstanceTypeValue? = nil,
            rootDiskOfferingUuid: String? = nil,
            dataDiskSizes: [Int64]? = nil,
            dataDiskOfferingUuids: [String]? = nil,
            zoneUuid: String? = nil,
            clusterUuid: String? = nil,
            hostUuid: String? = nil,
            primaryStorageUuidForRootVolume: String? = nil,
            description: String? = nil,
            defaultL3NetworkUuid: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            strategy: CreateVmInstanceStrategy? = nil,
            rootVolumeSystemTags: [String]? = nil,
            dataVolumeSystemTags: [String]? = nil,
            cpuNum: Int? = nil,
            memorySize: Int64? = nil,
            rootDiskSize: Int64? = nil,
            dataVolumeSystemTagsOnIndex: [String: [String]]? = nil,
            sshKeyPairUuids: [String]? = nil,
            dataVolumeTemplateUuids: [ZStackJSONValue]? = nil,
            diskAOs: [ZStackJSONValue]? = nil,
            platform: String? = nil,
            guestOsType: String? = nil,
            architecture: String? = nil,
            reservedMemorySize: Int64? = nil,
            virtio: Bool? = nil
        ) {
            self.name = name
            self.instanceOfferingUuid = instanceOfferingUuid
            self.imageUuid = imageUuid
            self.l3NetworkUuids = l3NetworkUuids
            self.vmNicParams = vmNicParams
            self.type = type
            self.rootDiskOfferingUuid = rootDiskOfferingUuid
            self.dataDiskSizes = dataDiskSizes
            self.dataDiskOfferingUuids = dataDiskOfferingUuids
            self.zoneUuid = zoneUuid
            self.clusterUuid = clusterUuid
            self.hostUuid = hostUuid
            self.primaryStorageUuidForRootVolume = primaryStorageUuidForRootVolume
            self.description = description
            self.defaultL3NetworkUuid = defaultL3NetworkUuid
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
            self.systemTags = systemTags
            self.userTags = userTags
            self.strategy = strategy
            self.rootVolumeSystemTags = rootVolumeSystemTags
            self.dataVolumeSystemTags = dataVolumeSystemTags
            self.cpuNum = cpuNum
            self.memorySize = memorySize
            self.rootDiskSize = rootDiskSize
            self.dataVolumeSystemTagsOnIndex = dataVolumeSystemTagsOnIndex
            self.sshKeyPairUuids = sshKeyPairUuids
            self.dataVolumeTemplateUuids = dataVolumeTemplateUuids
            self.diskAOs = diskAOs
            self.platform = platform
            self.guestOsType = guestOsType
            self.architecture = architecture
            self.reservedMemorySize = reservedMemorySize
            self.virtio = virtio
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
            var instanceOfferingUuid: String?
            var imageUuid: String?
            var l3NetworkUuids: [String]?
            var vmNicParams: String?
            var type: CreateVmInstanceTypeValue?
            var rootDiskOfferingUuid: String?
            var dataDiskSizes: [Int64]?
            var dataDiskOfferingUuids: [String]?
            var zoneUuid: String?
            var clusterUuid: String?
            var hostUuid: String?
            var primaryStorageUuidForRootVolume: String?
            var description: String?
            var defaultL3NetworkUuid: String?
            var resourceUuid: String?
            var tagUuids: [String]?
            var strategy: CreateVmInstanceStrategy?
            var rootVolumeSystemTags: [String]?
            var dataVolumeSystemTags: [String]?
            var cpuNum: Int?
            var memorySize: Int64?
            var rootDiskSize: Int64?
            var dataVolumeSystemTagsOnIndex: [String: [String]]?
            var sshKeyPairUuids: [String]?
            var dataVolumeTemplateUuids: [ZStackJSONValue]?
            var diskAOs: [ZStackJSONValue]?
            var platform: String?
            var guestOsType: String?
            var architecture: String?
            var reservedMemorySize: Int64?
            var virtio: Bool?

            init(_ request: Request) {
                self.name = request.name
                self.instanceOfferingUuid = request.instanceOfferingUuid
                self.imageUuid = request.imageUuid
                self.l3NetworkUuids = request.l3NetworkUuids
                self.vmNicParams = request.vmNicParams
                self.type = request.type
                self.rootDiskOfferingUuid = request.rootDiskOfferingUuid
                self.dataDiskSizes = request.dataDiskSizes
                self.dataDiskOfferingUuids = request.dataDiskOfferingUuids
                self.zoneUuid = request.zoneUuid
                self.clusterUuid = request.clusterUuid
                self.hostUuid = request.hostUuid
                self.primaryStorageUuidForRootVolume = request.primaryStorageUuidForRootVolume
                self.description = request.description
                self.defaultL3NetworkUuid = request.defaultL3NetworkUuid
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
                self.strategy = request.strategy
                self.rootVolumeSystemTags = request.rootVolumeSystemTags
                self.dataVolumeSystemTags = request.dataVolumeSystemTags
                self.cpuNum = request.cpuNum
                self.memorySize = request.memorySize
                self.rootDiskSize = request.rootDiskSize
                self.dataVolumeSystemTagsOnIndex = request.dataVolumeSystemTagsOnIndex
                self.sshKeyPairUuids = request.sshKeyPairUuids
                self.dataVolumeTemplateUuids = request.dataVolumeTemplateUuids
                self.diskAOs = request.diskAOs
                self.platform = request.platform
                self.guestOsType = request.guestOsType
                self.architecture = request.architecture
                self.reservedMemorySize = request.reservedMemorySize
                self.virtio = request.virtio
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case instanceOfferingUuid = "instanceOfferingUuid"
                case imageUuid = "imageUuid"
                case l3NetworkUuids = "l3NetworkUuids"
                case vmNicParams = "vmNicParams"
                case type = "type"
                case rootDiskOfferingUuid = "rootDiskOfferingUuid"
                case dataDiskSizes = "dataDiskSizes"
                case dataDiskOfferingUuids = "dataDiskOfferingUuids"
                case zoneUuid = "zoneUuid"
                case clusterUuid = "clusterUuid"
                case hostUuid = "hostUuid"
                case primaryStorageUuidForRootVolume = "primaryStorageUuidForRootVolume"
                case description = "description"
                case defaultL3NetworkUuid = "defaultL3NetworkUuid"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case strategy = "strategy"
                case rootVolumeSystemTags = "rootVolumeSystemTags"
                case dataVolumeSystemTags = "dataVolumeSystemTags"
                case cpuNum = "cpuNum"
                case memorySize = "memorySize"
                case rootDiskSize = "rootDiskSize"
                case dataVolumeSystemTagsOnIndex = "dataVolumeSystemTagsOnIndex"
                case sshKeyPairUuids = "sshKeyPairUuids"
                case dataVolumeTemplateUuids = "dataVolumeTemplateUuids"
                case diskAOs = "diskAOs"
                case platform = "platform"
                case guestOsType = "guestOsType"
                case architecture = "architecture"
                case reservedMemorySize = "reservedMemorySize"
                case virtio = "virtio"
            }
        }
    }

    /// 云主机清单
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
    /// 创建云主机(CreateVmInstance)
    ///
    /// 创建一个新的云主机
    ///
    /// `POST /zstack/v1/vm-instances`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - name: 云主机名称
    ///   - instanceOfferingUuid: 计算规格UUID。指定云主机的CPU、内存等参数。
    ///   - imageUuid: 镜像UUID。云主机的根云盘会从该字段指定的镜像创建。
    ///   - l3NetworkUuids: 三层网络UUID列表。可以指定一个或多个三层网络，云主机会在每个网络上创建一个网卡。
    ///   - vmNicParams: 网卡信息
    ///   - type: 云主机类型。保留字段，无需指定。
    ///   - rootDiskOfferingUuid: 根云盘规格UUID。如果`imageUuid`字段指定的镜像类型是ISO，该字段必须指定以确定需要创建的根云盘大小。如果镜像类型是非ISO，该字段无需指定。
    ///   - dataDiskSizes: 自定义云盘大小列表。可以指定一个或多个云盘大小（可重复）为云主机创建一个或多个数据云盘。
    ///   - dataDiskOfferingUuids: 云盘规格UUID列表。可以指定一个或多个云盘规格UUID（UUID可以重复）为云主机创建一个或多个数据云盘。
    ///   - zoneUuid: 区域UUID。若指定，云主机会在指定区域创建。
    ///   - clusterUuid: 集群UUID。若指定，云主机会在指定集群创建，该字段优先级高于`zoneUuid`。
    ///   - hostUuid: 物理机UUID。若指定，云主机会在指定物理机创建，该字段优先级高于`zoneUuid`和`clusterUuid`。
    ///   - primaryStorageUuidForRootVolume: 主存储UUID。若指定，云主机的根云盘会在指定主存储创建。
    ///   - description: 云主机的详细描述
    ///   - defaultL3NetworkUuid: 默认三层网络UUID。当在`l3NetworkUuids`指定了多个三层网络时，该字段指定提供默认路由的三层网络。若不指定，`l3NetworkUuids`的第一个网络被选为默认网络。
    ///   - resourceUuid: 资源UUID。若指定，云主机会使用该字段值作为UUID。
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 云主机系统标签
    ///   - userTags: 云主机用户标签
    ///   - strategy: 云主机创建策略,创建后立刻启动或创建后不启动
    ///   - rootVolumeSystemTags: 云主机根盘所需要的系统标签
    ///   - dataVolumeSystemTags: 云主机数据盘所需要的系统标签
    ///   - cpuNum: The `cpuNum` field.
    ///   - memorySize: The `memorySize` field.
    ///   - rootDiskSize: The `rootDiskSize` field.
    ///   - dataVolumeSystemTagsOnIndex: The `dataVolumeSystemTagsOnIndex` field.
    ///   - sshKeyPairUuids: The `sshKeyPairUuids` field.
    ///   - dataVolumeTemplateUuids: The `dataVolumeTemplateUuids` field.
    ///   - diskAOs: boot=true表示diskAO用于设置云主机平台、架构、操作系统与根盘总线；diskAO.boot=false表示加载的硬盘
    ///   - platform: The `platform` field.
    ///   - guestOsType: The `guestOsType` field.
    ///   - architecture: The `architecture` field.
    ///   - reservedMemorySize: The `reservedMemorySize` field.
    ///   - virtio: The `virtio` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVmInstance(
        name: String,
        instanceOfferingUuid: String? = nil,
        imageUuid: String? = nil,
        l3NetworkUuids: [String]? = nil,
        vmNicParams: String? = nil,
        type: CreateVmInstanceTypeValue? = nil,
        rootDiskOfferingUuid: String? = nil,
        dataDiskSizes: [Int64]? = nil,
        dataDiskOfferingUuids: [String]? = nil,
        zoneUuid: String? = nil,
        clusterUuid: String? = nil,
        hostUuid: String? = nil,
        primaryStorageUuidForRootVolume: String? = nil,
        description: String? = nil,
        defaultL3NetworkUuid: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        strategy: CreateVmInstanceStrategy? = nil,
        rootVolumeSystemTags: [String]? = nil,
        dataVolumeSystemTags: [String]? = nil,
        cpuNum: Int? = nil,
        memorySize: Int64? = nil,
        rootDiskSize: Int64? = nil,
        dataVolumeSystemTagsOnIndex: [String: [String]]? = nil,
        sshKeyPairUuids: [String]? = nil,
        dataVolumeTemplateUuids: [ZStackJSONValue]? = nil,
        diskAOs: [ZStackJSONValue]? = nil,
        platform: String? = nil,
        guestOsType: String? = nil,
        architecture: String? = nil,
        reservedMemorySize: Int64? = nil,
        virtio: Bool? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVmInstance.Response {
        try await createVmInstance(
            CreateVmInstance.Request(
                name: name,
                instanceOfferingUuid: instanceOfferingUuid,
                imageUuid: imageUuid,
                l3NetworkUuids: l3NetworkUuids,
                vmNicParams: vmNicParams,
                type: type,
                rootDiskOfferingUuid: rootDiskOfferingUuid,
                dataDiskSizes: dataDiskSizes,
                dataDiskOfferingUuids: dataDiskOfferingUuids,
                zoneUuid: zoneUuid,
                clusterUuid: clusterUuid,
                hostUuid: hostUuid,
                primaryStorageUuidForRootVolume: primaryStorageUuidForRootVolume,
                description: description,
                defaultL3NetworkUuid: defaultL3NetworkUuid,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags,
                strategy: strategy,
                rootVolumeSystemTags: rootVolumeSystemTags,
                dataVolumeSystemTags: dataVolumeSystemTags,
                cpuNum: cpuNum,
                memorySize: memorySize,
                rootDiskSize: rootDiskSize,
                dataVolumeSystemTagsOnIndex: dataVolumeSystemTagsOnIndex,
                sshKeyPairUuids: sshKeyPairUuids,
                dataVolumeTemplateUuids: dataVolumeTemplateUuids,
                diskAOs: diskAOs,
                platform: platform,
                guestOsType: guestOsType,
                architecture: architecture,
                reservedMemorySize: reservedMemorySize,
                virtio: virtio
            ),
            polling: polling
        )
    }

    /// 创建云主机(CreateVmInstance)
    ///
    /// 创建一个新的云主机
    ///
    /// `POST /zstack/v1/vm-instances`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVmInstance(
        _ request: CreateVmInstance.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVmInstance.Response {
        var call = ZStackRequestBuilder(operation: CreateVmInstance.operation)
        call.jsonBody = CreateVmInstance.Body(request)
        return try await perform(call, polling: polling)
    }
}
