import HTTPTypes

/// 获取创建云主机时可选择的主存储(GetCandidatePrimaryStoragesForCreatingVm)
///
/// 用户可通过指定云主机参数，来获取当前参数下可选择的主存储
///
/// `GET /zstack/v1/vm-instances/candidate-storages`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetCandidatePrimaryStoragesForCreatingVm {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetCandidatePrimaryStoragesForCreatingVm",
            method: .get,
            pathTemplate: "/zstack/v1/vm-instances/candidate-storages",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 镜像UUID
        public let imageUuid: String

        /// 三层网络UUID
        public let l3NetworkUuids: [String]

        /// 根云盘使用的云盘规格UUID，镜像类型为ISO时可选且必选
        public let rootDiskOfferingUuid: String?

        /// 自定义根云盘大小。仅在`imageUuid`指定的镜像是ISO时且`rootDiskOfferingUuid`为空需要指定
        public let rootDiskSize: Int64?

        /// 数据云盘使用的云盘规格UUID
        public let dataDiskOfferingUuids: [String]?

        /// 自定义数据云盘大小
        public let dataDiskSizes: [Int64]?

        /// 区域UUID
        public let zoneUuid: String?

        /// 集群UUID
        public let clusterUuid: String?

        /// 默认三层网络UUID
        public let defaultL3NetworkUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - imageUuid: 镜像UUID
        ///   - l3NetworkUuids: 三层网络UUID
        ///   - rootDiskOfferingUuid: 根云盘使用的云盘规格UUID，镜像类型为ISO时可选且必选
        ///   - rootDiskSize: 自定义根云盘大小。仅在`imageUuid`指定的镜像是ISO时且`rootDiskOfferingUuid`为空需要指定
        ///   - dataDiskOfferingUuids: 数据云盘使用的云盘规格UUID
        ///   - dataDiskSizes: 自定义数据云盘大小
        ///   - zoneUuid: 区域UUID
        ///   - clusterUuid: 集群UUID
        ///   - defaultL3NetworkUuid: 默认三层网络UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            imageUuid: String,
            l3NetworkUuids: [String],
            rootDiskOfferingUuid: String? = nil,
            rootDiskSize: Int64? = nil,
            dataDiskOfferingUuids: [String]? = nil,
            dataDiskSizes: [Int64]? = nil,
            zoneUuid: String? = nil,
            clusterUuid: String? = nil,
            defaultL3NetworkUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.imageUuid = imageUuid
            self.l3NetworkUuids = l3NetworkUuids
            self.rootDiskOfferingUuid = rootDiskOfferingUuid
            self.rootDiskSize = rootDiskSize
            self.dataDiskOfferingUuids = dataDiskOfferingUuids
            self.dataDiskSizes = dataDiskSizes
            self.zoneUuid = zoneUuid
            self.clusterUuid = clusterUuid
            self.defaultL3NetworkUuid = defaultL3NetworkUuid
            self.systemTags = systemTags
            self.userTags = userTags
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
            guard ZStackFieldwise.same(lhs.rootDiskOfferingUuid, rhs.rootDiskOfferingUuid) else { return false }
            guard ZStackFieldwise.same(lhs.rootDiskSize, rhs.rootDiskSize) else { return false }
            guard ZStackFieldwise.same(lhs.dataDiskOfferingUuids, rhs.dataDiskOfferingUuids) else { return false }
            guard ZStackFieldwise.same(lhs.dataDiskSizes, rhs.dataDiskSizes) else { return false }
            guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
            guard ZStackFieldwise.same(lhs.clusterUuid, rhs.clusterUuid) else { return false }
            guard ZStackFieldwise.same(lhs.defaultL3NetworkUuid, rhs.defaultL3NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 创建云主机可选主存储的结果
    public final class Response: Codable, Sendable, Equatable {
        /// 根云盘可选主存储
        public let rootVolumePrimaryStorages: [PrimaryStorageInventory]?

        /// 数据云盘可选主存储，分别对应每一个数据云盘规格（2.1 以后）或自定义数据云盘大小（4.3.9 以后）
        public let dataVolumePrimaryStorages: [String: [PrimaryStorageInventory]]?

        /// 操作是否成功
        public let success: Bool?

        /// 如果不为null，代表操作失败，记录了操作失败的原因
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - rootVolumePrimaryStorages: 根云盘可选主存储
        ///   - dataVolumePrimaryStorages: 数据云盘可选主存储，分别对应每一个数据云盘规格（2.1 以后）或自定义数据云盘大小（4.3.9 以后）
        ///   - success: 操作是否成功
        ///   - error: 如果不为null，代表操作失败，记录了操作失败的原因
        public init(
            rootVolumePrimaryStorages: [PrimaryStorageInventory]? = nil,
            dataVolumePrimaryStorages: [String: [PrimaryStorageInventory]]? = nil,
            success: Bool? = nil,
            error: ErrorCode? = nil
        ) {
            self.rootVolumePrimaryStorages = rootVolumePrimaryStorages
            self.dataVolumePrimaryStorages = dataVolumePrimaryStorages
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.rootVolumePrimaryStorages = try object.optionalValue(
                [PrimaryStorageInventory].self,
                forKey: "rootVolumePrimaryStorages"
            )
            self.dataVolumePrimaryStorages = try object.optionalValue(
                [String: [PrimaryStorageInventory]].self,
                forKey: "dataVolumePrimaryStorages"
            )
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.rootVolumePrimaryStorages, forKey: "rootVolumePrimaryStorages")
            try object.encodeValue(self.dataVolumePrimaryStorages, forKey: "dataVolumePrimaryStorages")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
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
            guard ZStackFieldwise.same(
                lhs.rootVolumePrimaryStorages,
                rhs.rootVolumePrimaryStorages
            ) else { return false }
            guard ZStackFieldwise.same(
                lhs.dataVolumePrimaryStorages,
                rhs.dataVolumePrimaryStorages
            ) else { return false }
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.error, rhs.error)
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取创建云主机时可选择的主存储(GetCandidatePrimaryStoragesForCreatingVm)
    ///
    /// 用户可通过指定云主机参数，来获取当前参数下可选择的主存储
    ///
    /// `GET /zstack/v1/vm-instances/candidate-storages`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - imageUuid: 镜像UUID
    ///   - l3NetworkUuids: 三层网络UUID
    ///   - rootDiskOfferingUuid: 根云盘使用的云盘规格UUID，镜像类型为ISO时可选且必选
    ///   - rootDiskSize: 自定义根云盘大小。仅在`imageUuid`指定的镜像是ISO时且`rootDiskOfferingUuid`为空需要指定
    ///   - dataDiskOfferingUuids: 数据云盘使用的云盘规格UUID
    ///   - dataDiskSizes: 自定义数据云盘大小
    ///   - zoneUuid: 区域UUID
    ///   - clusterUuid: 集群UUID
    ///   - defaultL3NetworkUuid: 默认三层网络UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 创建云主机可选主存储的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidatePrimaryStoragesForCreatingVm(
        imageUuid: String,
        l3NetworkUuids: [String],
        rootDiskOfferingUuid: String? = nil,
        rootDiskSize: Int64? = nil,
        dataDiskOfferingUuids: [String]? = nil,
        dataDiskSizes: [Int64]? = nil,
        zoneUuid: String? = nil,
        clusterUuid: String? = nil,
        defaultL3NetworkUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetCandidatePrimaryStoragesForCreatingVm.Response {
        try await getCandidatePrimaryStoragesForCreatingVm(
            GetCandidatePrimaryStoragesForCreatingVm.Request(
                imageUuid: imageUuid,
                l3NetworkUuids: l3NetworkUuids,
                rootDiskOfferingUuid: rootDiskOfferingUuid,
                rootDiskSize: rootDiskSize,
                dataDiskOfferingUuids: dataDiskOfferingUuids,
                dataDiskSizes: dataDiskSizes,
                zoneUuid: zoneUuid,
                clusterUuid: clusterUuid,
                defaultL3NetworkUuid: defaultL3NetworkUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// 获取创建云主机时可选择的主存储(GetCandidatePrimaryStoragesForCreatingVm)
    ///
    /// 用户可通过指定云主机参数，来获取当前参数下可选择的主存储
    ///
    /// `GET /zstack/v1/vm-instances/candidate-storages`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 创建云主机可选主存储的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidatePrimaryStoragesForCreatingVm(
        _ request: GetCandidatePrimaryStoragesForCreatingVm.Request
    ) async throws -> GetCandidatePrimaryStoragesForCreatingVm.Response {
        let call = ZStackRequestBuilder(operation: GetCandidatePrimaryStoragesForCreatingVm.operation)
        call.appendQueryItem("imageUuid", value: request.imageUuid)
        call.appendQueryItems("l3NetworkUuids", values: request.l3NetworkUuids)
        call.appendQueryItem("rootDiskOfferingUuid", value: request.rootDiskOfferingUuid)
        call.appendQueryItem("rootDiskSize", describing: request.rootDiskSize)
        call.appendQueryItems("dataDiskOfferingUuids", values: request.dataDiskOfferingUuids)
        call.appendQueryItems("dataDiskSizes", describing: request.dataDiskSizes)
        call.appendQueryItem("zoneUuid", value: request.zoneUuid)
        call.appendQueryItem("clusterUuid", value: request.clusterUuid)
        call.appendQueryItem("defaultL3NetworkUuid", value: request.defaultL3NetworkUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
