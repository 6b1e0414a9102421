import HTTPTypes

/// 获取可创建云主机的目的地列表(GetCandidateZonesClustersHostsForCreatingVm)
///
/// 获取可以创建指定云主机参数的目的区域、集群、物理机。用户可以使用该API，通过指定云主机参数获得可以创建满足参数云主机的目的地。
///
/// `GET /zstack/v1/vm-instances/candidate-destinations`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetCandidateZonesClustersHostsForCreatingVm {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetCandidateZonesClustersHostsForCreatingVm",
            method: .get,
            pathTemplate: "/zstack/v1/vm-instances/candidate-destinations",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 镜像UUID
        public let imageUuid: String

        /// 三层网络列表
        public let l3NetworkUuids: [String]

        /// 计算规格UUID
        public let instanceOfferingUuid: String?

        /// 根云盘规格。仅在`imageUuid`指定的镜像是ISO时需要指定
        public let rootDiskOfferingUuid: String?

        /// 云盘规格列表
        public let dataDiskOfferingUuids: [String]?

        /// 区域UUID
        public let zoneUuid: String?

        /// 集群UUID
        public let clusterUuid: String?

        /// 默认三层网络UUID
        public let defaultL3NetworkUuid: String?

        /// CPU数目
        public let cpuNum: Int?

        /// 内存大小, 单位Byte
        public let memorySize: Int64?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 根云盘规格大小。仅在`imageUuid`指定的镜像是ISO时且`rootDiskOfferingUuid`为空：需要指定
        public let rootDiskSize: Int64?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - imageUuid: 镜像UUID
        ///   - l3NetworkUuids: 三层网络列表
        ///   - instanceOfferingUuid: 计算规格UUID
        ///   - rootDiskOfferingUuid: 根云盘规格。仅在`imageUuid`指定的镜像是ISO时需要指定
        ///   - dataDiskOfferingUuids: 云盘规格列表
        ///   - zoneUuid: 区域UUID
        ///   - clusterUuid: 集群UUID
        ///   - defaultL3NetworkUuid: 默认三层网络UUID
        ///   - cpuNum: CPU数目
        ///   - memorySize: 内存大小, 单位Byte
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - rootDiskSize: 根云盘规格大小。仅在`imageUuid`指定的镜像是ISO时且`rootDiskOfferingUuid`为空：需要指定
        public init(
            imageUuid: String,
            l3NetworkUuids: [String],
            instanceOfferingUuid: String? = nil,
            rootDiskOfferingUuid: String? = nil,
            dataDiskOfferingUuids: [String]? = nil,
            zoneUuid: String? = nil,
            clusterUuid: String? = nil,
            defaultL3NetworkUuid: String? = nil,
            cpuNum: Int? = nil,
            memorySize: Int64? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            rootDiskSize: Int64? = nil
        ) {
            self.imageUuid = imageUuid
            self.l3NetworkUuids = l3NetworkUuids
            self.instanceOfferingUuid = instanceOfferingUuid
            self.rootDiskOfferingUuid = rootDiskOfferingUuid
            self.dataDiskOfferingUuids = dataDiskOfferingUuids
            self.zoneUuid = zoneUuid
            self.clusterUuid = clusterUuid
            self.defaultL3NetworkUuid = defaultL3NetworkUuid
            self.cpuNum = cpuNum
            self.memorySize = memorySize
            self.systemTags = systemTags
            self.userTags = userTags
            self.rootDiskSize = rootDiskSize
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
            guard ZStackFieldwise.same(lhs.l3NetworkUuids, rhs.l3NetworkUuids) else { return false }
            guard ZStackFieldwise.same(lhs.instanceOfferingUuid, rhs.instanceOfferingUuid) else { return false }
            guard ZStackFieldwise.same(lhs.rootDiskOfferingUuid, rhs.rootDiskOfferingUuid) else { return false }
            guard ZStackFieldwise.same(lhs.dataDiskOfferingUuids, rhs.dataDiskOfferingUuids) else { return false }
            guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
            guard ZStackFieldwise.same(lhs.clusterUuid, rhs.clusterUuid) else { return false }
            guard ZStackFieldwise.same(lhs.defaultL3NetworkUuid, rhs.defaultL3NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.cpuNum, rhs.cpuNum) else { return false }
            guard ZStackFieldwise.same(lhs.memorySize, rhs.memorySize) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.rootDiskSize, rhs.rootDiskSize)
        }
    }

    /// 可创建云主机目的地结果
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// 可创建该云主机的区域清单
        public let zones: [ZoneInventory]?

        /// 可创建云主机的集群清单
        public let clusters: [ClusterInventory]?

        /// 创建云主机物理机清单
        public let hosts: [HostInventory]?

        /// 操作是否成功
        public let success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - zones: 可创建该云主机的区域清单
        ///   - clusters: 可创建云主机的集群清单
        ///   - hosts: 创建云主机物理机清单
        ///   - success: 操作是否成功
        public init(
            error: ErrorCode? = nil,
            zones: [ZoneInventory]? = nil,
            clusters: [ClusterInventory]? = nil,
            hosts: [HostInventory]? = nil,
            success: Bool? = nil
        ) {
            self.error = error
            self.zones = zones
            self.clusters = clusters
            self.hosts = hosts
            self.success = success
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.zones = try object.optionalValue([ZoneInventory].self, forKey: "zones")
            self.clusters = try object.optionalValue([ClusterInventory].self, forKey: "clusters")
            self.hosts = try object.optionalValue([HostInventory].self, forKey: "hosts")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.zones, forKey: "zones")
            try object.encodeValue(self.clusters, forKey: "clusters")
            try object.encodeValue(self.hosts, forKey: "hosts")
            try object.encodeValue(self.success, forKey: "success")
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
        public static func fieldsAreEqual(_ lhs: Response, _ rhs: Response) -> Bool {
            guard ZStackFieldwise.same(lhs.error, rhs.error) else { return false }
            guard ZStackFieldwise.same(lhs.zones, rhs.zones) else { return false }
            guard ZStackFieldwise.same(lhs.clusters, rhs.clusters) else { return false }
            guard ZStackFieldwise.same(lhs.hosts, rhs.hosts) else { return false }
            return ZStackFieldwise.same(lhs.success, rhs.success)
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取可创建云主机的目的地列表(GetCandidateZonesClustersHostsForCreatingVm)
    ///
    /// 获取可以创建指定云主机参数的目的区域、集群、物理机。用户可以使用该API，通过指定云主机参数获得可以创建满足参数云主机的目的地。
    ///
    /// `GET /zstack/v1/vm-instances/candidate-destinations`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - imageUuid: 镜像UUID
    ///   - l3NetworkUuids: 三层网络列表
    ///   - instanceOfferingUuid: 计算规格UUID
    ///   - rootDiskOfferingUuid: 根云盘规格。仅在`imageUuid`指定的镜像是ISO时需要指定
    ///   - dataDiskOfferingUuids: 云盘规格列表
    ///   - zoneUuid: 区域UUID
    ///   - clusterUuid: 集群UUID
    ///   - defaultL3NetworkUuid: 默认三层网络UUID
    ///   - cpuNum: CPU数目
    ///   - memorySize: 内存大小, 单位Byte
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - rootDiskSize: 根云盘规格大小。仅在`imageUuid`指定的镜像是ISO时且`rootDiskOfferingUuid`为空：需要指定
    /// - Returns: 可创建云主机目的地结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateZonesClustersHostsForCreatingVm(
        imageUuid: String,
        l3NetworkUuids: [String],
        instanceOfferingUuid: String? = nil,
        rootDiskOfferingUuid: String? = nil,
        dataDiskOfferingUuids: [String]? = nil,
        zoneUuid: String? = nil,
        clusterUuid: String? = nil,
        defaultL3NetworkUuid: String? = nil,
        cpuNum: Int? = nil,
        memorySize: Int64? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        rootDiskSize: Int64? = nil
    ) async throws -> GetCandidateZonesClustersHostsForCreatingVm.Response {
        try await getCandidateZonesClustersHostsForCreatingVm(
            GetCandidateZonesClustersHostsForCreatingVm.Request(
                imageUuid: imageUuid,
                l3NetworkUuids: l3NetworkUuids,
                instanceOfferingUuid: instanceOfferingUuid,
                rootDiskOfferingUuid: rootDiskOfferingUuid,
                dataDiskOfferingUuids: dataDiskOfferingUuids,
                zoneUuid: zoneUuid,
                clusterUuid: clusterUuid,
                defaultL3NetworkUuid: defaultL3NetworkUuid,
                cpuNum: cpuNum,
                memorySize: memorySize,
                systemTags: systemTags,
                userTags: userTags,
                rootDiskSize: rootDiskSize
            )
        )
    }

    /// 获取可创建云主机的目的地列表(GetCandidateZonesClustersHostsForCreatingVm)
    ///
    /// 获取可以创建指定云主机参数的目的区域、集群、物理机。用户可以使用该API，通过指定云主机参数获得可以创建满足参数云主机的目的地。
    ///
    /// `GET /zstack/v1/vm-instances/candidate-destinations`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 可创建云主机目的地结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateZonesClustersHostsForCreatingVm(
        _ request: GetCandidateZonesClustersHostsForCreatingVm.Request
    ) async throws -> GetCandidateZonesClustersHostsForCreatingVm.Response {
        let call = ZStackRequestBuilder(operation: GetCandidateZonesClustersHostsForCreatingVm.operation)
        call.appendQueryItem("instanceOfferingUuid", value: request.instanceOfferingUuid)
        call.appendQueryItem("imageUuid", value: request.imageUuid)
        call.appendQueryItems("l3NetworkUuids", values: request.l3NetworkUuids)
        call.appendQueryItem("rootDiskOfferingUuid", value: request.rootDiskOfferingUuid)
        call.appendQueryItems("dataDiskOfferingUuids", values: request.dataDiskOfferingUuids)
        call.appendQueryItem("zoneUuid", value: request.zoneUuid)
        call.appendQueryItem("clusterUuid", value: request.clusterUuid)
        call.appendQueryItem("defaultL3NetworkUuid", value: request.defaultL3NetworkUuid)
        call.appendQueryItem("cpuNum", describing: request.cpuNum)
        call.appendQueryItem("memorySize", describing: request.memorySize)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        call.appendQueryItem("rootDiskSize", describing: request.rootDiskSize)
        return try await perform(call)
    }
}
