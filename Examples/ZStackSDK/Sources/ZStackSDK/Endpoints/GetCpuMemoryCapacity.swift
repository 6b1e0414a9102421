import HTTPTypes

/// GetCpuMemoryCapacity
///
/// 获取cpu和内存容量
///
/// `GET /zstack/v1/hosts/capacities/cpu-memory`, synchronous, authorization required.
///
/// Category: 分配器
public nonisolated enum GetCpuMemoryCapacity {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetCpuMemoryCapacity",
            method: .get,
            pathTemplate: "/zstack/v1/hosts/capacities/cpu-memory",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 区域的uuid
        public let zoneUuids: [String]?

        /// 集群的UUID。用于挂载网络、存储等
        public let clusterUuids: [String]?

        /// 物理机的UUID。用于添加、删除host等
        public let hostUuids: [String]?

        /// The `all` field.
        public let all: Bool?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `hypervisorType` field.
        public let hypervisorType: GetCpuMemoryCapacityHypervisorType?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - zoneUuids: 区域的uuid
        ///   - clusterUuids: 集群的UUID。用于挂载网络、存储等
        ///   - hostUuids: 物理机的UUID。用于添加、删除host等
        ///   - all: The `all` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - hypervisorType: The `hypervisorType` field.
        public init(
            zoneUuids: [String]? = nil,
            clusterUuids: [String]? = nil,
            hostUuids: [String]? = nil,
            all: Bool? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            hypervisorType: GetCpuMemoryCapacityHypervisorType? = nil
        ) {
            self.zoneUuids = zoneUuids
            self.clusterUuids = clusterUuids
            self.hostUuids = hostUuids
            self.all = all
            self.systemTags = systemTags
            self.userTags = userTags
            self.hypervisorType = hypervisorType
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
            guard ZStackFieldwise.same(lhs.zoneUuids, rhs.zoneUuids) else { return false }
            guard ZStackFieldwise.same(lhs.clusterUuids, rhs.clusterUuids) else { return false }
            guard ZStackFieldwise.same(lhs.hostUuids, rhs.hostUuids) else { return false }
            guard ZStackFieldwise.same(lhs.all, rhs.all) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.hypervisorType, rhs.hypervisorType)
        }
    }

    /// cpu和内存容量
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// cpu总数
        public let totalCpu: Int64?

        /// 可用cpu数量
        public let availableCpu: Int64?

        /// 内存总量
        public let totalMemory: Int64?

        /// 可用内存
        public let availableMemory: Int64?

        /// 受管理的物理CPU数量
        public let managedCpuNum: Int64?

        /// 所有被查询的资源的CPU和内存容量信息
        public let capacityData: [CpuMemoryCapacityData]?

        /// 所查资源的类型（物理机、集群、区域）
        public let resourceType: String?

        /// 成功
        public let success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - totalCpu: cpu总数
        ///   - availableCpu: 可用cpu数量
        ///   - totalMemory: 内存总量
        ///   - availableMemory: 可用内存
        ///   - managedCpuNum: 受管理的物理CPU数量
        ///   - capacityData: 所有被查询的资源的CPU和内存容量信息
        ///   - resourceType: 所查资源的类型（物理机、集群、区域）
        ///   - success: 成功
        public init(
            error: ErrorCode? = nil,
            totalCpu: Int64? = nil,
            availableCpu: Int64? = nil,
            totalMemory: Int64? = nil,
            availableMemory: Int64? = nil,
            managedCpuNum: Int64? = nil,
            capacityData: [CpuMemoryCapacityData]? = nil,
            resourceType: String? = nil,
            success: Bool? = nil
        ) {
            self.error = error
            self.totalCpu = totalCpu
            self.availableCpu = availableCpu
            self.totalMemory = totalMemory
            self.availableMemory = availableMemory
            self.managedCpuNum = managedCpuNum
            self.capacityData = capacityData
            self.resourceType = resourceType
            self.success = success
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.totalCpu = try object.optionalValue(Int64.self, forKey: "totalCpu")
            self.availableCpu = try object.optionalValue(Int64.self, forKey: "availableCpu")
            self.totalMemory = try object.optionalValue(Int64.self, forKey: "totalMemory")
            self.availableMemory = try object.optionalValue(Int64.self, forKey: "availableMemory")
            self.managedCpuNum = try object.optionalValue(Int64.self, forKey: "managedCpuNum")
            self.capacityData = try object.optionalValue([CpuMemoryCapacityData].self, forKey: "capacityData")
            self.resourceType = try object.optionalValue(String.self, forKey: "resourceType")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.totalCpu, forKey: "totalCpu")
            try object.encodeValue(self.availableCpu, forKey: "availableCpu")
            try object.encodeValue(self.totalMemory, forKey: "totalMemory")
            try object.encodeValue(self.availableMemory, forKey: "availableMemory")
            try object.encodeValue(self.managedCpuNum, forKey: "managedCpuNum")
            try object.encodeValue(self.capacityData, forKey: "capacityData")
            try object.encodeValue(self.resourceType, forKey: "resourceType")
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
            guard ZStackFieldwise.same(lhs.totalCpu, rhs.totalCpu) else { return false }
            guard ZStackFieldwise.same(lhs.availableCpu, rhs.availableCpu) else { return false }
            guard ZStackFieldwise.same(lhs.totalMemory, rhs.totalMemory) else { return false }
            guard ZStackFieldwise.same(lhs.availableMemory, rhs.availableMemory) else { return false }
            guard ZStackFieldwise.same(lhs.managedCpuNum, rhs.managedCpuNum) else { return false }
            guard ZStackFieldwise.same(lhs.capacityData, rhs.capacityData) else { return false }
            guard ZStackFieldwise.same(lhs.resourceType, rhs.resourceType) else { return false }
            return ZStackFieldwise.same(lhs.success, rhs.success)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetCpuMemoryCapacity
    ///
    /// 获取cpu和内存容量
    ///
    /// `GET /zstack/v1/hosts/capacities/cpu-memory`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - zoneUuids: 区域的uuid
    ///   - clusterUuids: 集群的UUID。用于挂载网络、存储等
    ///   - hostUuids: 物理机的UUID。用于添加、删除host等
    ///   - all: The `all` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - hypervisorType: The `hypervisorType` field.
    /// - Returns: cpu和内存容量
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCpuMemoryCapacity(
        zoneUuids: [String]? = nil,
        clusterUuids: [String]? = nil,
        hostUuids: [String]? = nil,
        all: Bool? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        hypervisorType: GetCpuMemoryCapacityHypervisorType? = nil
    ) async throws -> GetCpuMemoryCapacity.Response {
        try await getCpuMemoryCapacity(
            GetCpuMemoryCapacity.Request(
                zoneUuids: zoneUuids,
                clusterUuids: clusterUuids,
                hostUuids: hostUuids,
                all: all,
                systemTags: systemTags,
                userTags: userTags,
                hypervisorType: hypervisorType
            )
        )
    }

    /// GetCpuMemoryCapacity
    ///
    /// 获取cpu和内存容量
    ///
    /// `GET /zstack/v1/hosts/capacities/cpu-memory`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: cpu和内存容量
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCpuMemoryCapacity(
        _ request: GetCpuMemoryCapacity.Request
    ) async throws -> GetCpuMemoryCapacity.Response {
        let call = ZStackRequestBuilder(operation: GetCpuMemoryCapacity.operation)
        call.appendQueryItems("zoneUuids", values: request.zoneUuids)
        call.appendQueryItems("clusterUuids", values: request.clusterUuids)
        call.appendQueryItems("hostUuids", values: request.hostUuids)
        call.appendQueryItem("all", describing: request.all)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        call.appendQueryItem("hypervisorType", value: request.hypervisorType?.rawValue)
        return try await perform(call)
    }
}
