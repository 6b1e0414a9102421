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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateVmInstance",
            method: .post,
            pathTemplate: "/zstack/v1/vm-instances",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机名称
        public let name: String

        /// 计算规格UUID。指定云主机的CPU、内存等参数。
        public let instanceOfferingUuid: String?

        /// 镜像UUID。云主机的根云盘会从该字段指定的镜像创建。
        public let imageUuid: String?

        /// 三层网络UUID列表。可以指定一个或多个三层网络，云主机会在每个网络上创建一个网卡。
        public let l3NetworkUuids: [String]?

        /// 网卡信息
        public let vmNicParams: String?

        /// 云主机类型。保留字段，无需指定。
        public let type: CreateVmInstanceTypeValue?

        /// 根云盘规格UUID。如果`imageUuid`字段指定的镜像类型是ISO，该字段必须指定以确定需要创建的根云盘大小。如果镜像类型是非ISO，该字段无需指定。
        public let rootDiskOfferingUuid: String?

        /// 自定义云盘大小列表。可以指定一个或多个云盘大小（可重复）为云主机创建一个或多个数据云盘。
        public let dataDiskSizes: [Int64]?

        /// 云盘规格UUID列表。可以指定一个或多个云盘规格UUID（UUID可以重复）为云主机创建一个或多个数据云盘。
        public let dataDiskOfferingUuids: [String]?

        /// 区域UUID。若指定，云主机会在指定区域创建。
        public let zoneUuid: String?

        /// 集群UUID。若指定，云主机会在指定集群创建，该字段优先级高于`zoneUuid`。
        public let clusterUuid: String?

        /// 物理机UUID。若指定，云主机会在指定物理机创建，该字段优先级高于`zoneUuid`和`clusterUuid`。
        public let hostUuid: String?

        /// 主存储UUID。若指定，云主机的根云盘会在指定主存储创建。
        public let primaryStorageUuidForRootVolume: String?

        /// 云主机的详细描述
        public let description: String?

        /// 默认三层网络UUID。当在`l3NetworkUuids`指定了多个三层网络时，该字段指定提供默认路由的三层网络。若不指定，`l3NetworkUuids`的第一个网络被选为默认网络。
        public let defaultL3NetworkUuid: String?

        /// 资源UUID。若指定，云主机会使用该字段值作为UUID。
        public let resourceUuid: String?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// 云主机系统标签
        public let systemTags: [String]?

        /// 云主机用户标签
        public let userTags: [String]?

        /// 云主机创建策略,创建后立刻启动或创建后不启动
        public let strategy: CreateVmInstanceStrategy?

        /// 云主机根盘所需要的系统标签
        public let rootVolumeSystemTags: [String]?

        /// 云主机数据盘所需要的系统标签
        public let dataVolumeSystemTags: [String]?

        /// The `cpuNum` field.
        public let cpuNum: Int?

        /// The `memorySize` field.
        public let memorySize: Int64?

        /// The `rootDiskSize` field.
        public let rootDiskSize: Int64?

        /// The `dataVolumeSystemTagsOnIndex` field.
        public let dataVolumeSystemTagsOnIndex: [String: [String]]?

        /// The `sshKeyPairUuids` field.
        public let sshKeyPairUuids: [String]?

        /// The `dataVolumeTemplateUuids` field.
        public let dataVolumeTemplateUuids: [ZStackJSONValue]?

        /// boot=true表示diskAO用于设置云主机平台、架构、操作系统与根盘总线；diskAO.boot=false表示加载的硬盘
        public let diskAOs: [ZStackJSONValue]?

        /// The `platform` field.
        public let platform: String?

        /// The `guestOsType` field.
        public let guestOsType: String?

        /// The `architecture` field.
        public let architecture: String?

        /// The `reservedMemorySize` field.
        public let reservedMemorySize: Int64?

        /// The `virtio` field.
        public let virtio: Bool?

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
            guard ZStackFieldwise.same(lhs.instanceOfferingUuid, rhs.instanceOfferingUuid) else { return false }
            guard ZStackFieldwise.same(lhs.imageUuid, rhs.imageUuid) else { return false }
            guard ZStackFieldwise.same(lhs.l3NetworkUuids, rhs.l3NetworkUuids) else { return false }
            guard ZStackFieldwise.same(lhs.vmNicParams, rhs.vmNicParams) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.rootDiskOfferingUuid, rhs.rootDiskOfferingUuid) else { return false }
            guard ZStackFieldwise.same(lhs.dataDiskSizes, rhs.dataDiskSizes) else { return false }
            guard ZStackFieldwise.same(lhs.dataDiskOfferingUuids, rhs.dataDiskOfferingUuids) else { return false }
            guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
            guard ZStackFieldwise.same(lhs.clusterUuid, rhs.clusterUuid) else { return false }
            guard ZStackFieldwise.same(lhs.hostUuid, rhs.hostUuid) else { return false }
            guard ZStackFieldwise.same(
                lhs.primaryStorageUuidForRootVolume,
                rhs.primaryStorageUuidForRootVolume
            ) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.defaultL3NetworkUuid, rhs.defaultL3NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.strategy, rhs.strategy) else { return false }
            guard ZStackFieldwise.same(lhs.rootVolumeSystemTags, rhs.rootVolumeSystemTags) else { return false }
            guard ZStackFieldwise.same(lhs.dataVolumeSystemTags, rhs.dataVolumeSystemTags) else { return false }
            guard ZStackFieldwise.same(lhs.cpuNum, rhs.cpuNum) else { return false }
            guard ZStackFieldwise.same(lhs.memorySize, rhs.memorySize) else { return false }
            guard ZStackFieldwise.same(lhs.rootDiskSize, rhs.rootDiskSize) else { return false }
            guard ZStackFieldwise.same(
                lhs.dataVolumeSystemTagsOnIndex,
                rhs.dataVolumeSystemTagsOnIndex
            ) else { return false }
            guard ZStackFieldwise.same(lhs.sshKeyPairUuids, rhs.sshKeyPairUuids) else { return false }
            guard ZStackFieldwise.same(lhs.dataVolumeTemplateUuids, rhs.dataVolumeTemplateUuids) else { return false }
            guard ZStackFieldwise.same(lhs.diskAOs, rhs.diskAOs) else { return false }
            guard ZStackFieldwise.same(lhs.platform, rhs.platform) else { return false }
            guard ZStackFieldwise.same(lhs.guestOsType, rhs.guestOsType) else { return false }
            guard ZStackFieldwise.same(lhs.architecture, rhs.architecture) else { return false }
            guard ZStackFieldwise.same(lhs.reservedMemorySize, rhs.reservedMemorySize) else { return false }
            return ZStackFieldwise.same(lhs.virtio, rhs.virtio)
        }
    }

    /// 云主机清单
    ///
    /// An ``InventoryReply`` of ``VmInstanceInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<VmInstanceInventory>
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
        let call = ZStackRequestBuilder(operation: CreateVmInstance.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.instanceOfferingUuid, forKey: "instanceOfferingUuid")
                try wrapped.encodeValue(request.imageUuid, forKey: "imageUuid")
                try wrapped.encodeValue(request.l3NetworkUuids, forKey: "l3NetworkUuids")
                try wrapped.encodeValue(request.vmNicParams, forKey: "vmNicParams")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.rootDiskOfferingUuid, forKey: "rootDiskOfferingUuid")
                try wrapped.encodeValue(request.dataDiskSizes, forKey: "dataDiskSizes")
                try wrapped.encodeValue(request.dataDiskOfferingUuids, forKey: "dataDiskOfferingUuids")
                try wrapped.encodeValue(request.zoneUuid, forKey: "zoneUuid")
                try wrapped.encodeValue(request.clusterUuid, forKey: "clusterUuid")
                try wrapped.encodeValue(request.hostUuid, forKey: "hostUuid")
                try wrapped.encodeValue(
                    request.primaryStorageUuidForRootVolume,
                    forKey: "primaryStorageUuidForRootVolume"
                )
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.defaultL3NetworkUuid, forKey: "defaultL3NetworkUuid")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
                try wrapped.encodeValue(request.strategy, forKey: "strategy")
                try wrapped.encodeValue(request.rootVolumeSystemTags, forKey: "rootVolumeSystemTags")
                try wrapped.encodeValue(request.dataVolumeSystemTags, forKey: "dataVolumeSystemTags")
                try wrapped.encodeValue(request.cpuNum, forKey: "cpuNum")
                try wrapped.encodeValue(request.memorySize, forKey: "memorySize")
                try wrapped.encodeValue(request.rootDiskSize, forKey: "rootDiskSize")
                try wrapped.encodeValue(request.dataVolumeSystemTagsOnIndex, forKey: "dataVolumeSystemTagsOnIndex")
                try wrapped.encodeValue(request.sshKeyPairUuids, forKey: "sshKeyPairUuids")
                try wrapped.encodeValue(request.dataVolumeTemplateUuids, forKey: "dataVolumeTemplateUuids")
                try wrapped.encodeValue(request.diskAOs, forKey: "diskAOs")
                try wrapped.encodeValue(request.platform, forKey: "platform")
                try wrapped.encodeValue(request.guestOsType, forKey: "guestOsType")
                try wrapped.encodeValue(request.architecture, forKey: "architecture")
                try wrapped.encodeValue(request.reservedMemorySize, forKey: "reservedMemorySize")
                try wrapped.encodeValue(request.virtio, forKey: "virtio")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
