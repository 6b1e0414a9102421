import HTTPTypes

/// AddSimulatorHost
///
/// 在这里填写API描述
///
/// `POST /zstack/v1/hosts/simulators`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum AddSimulatorHost {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddSimulatorHost",
            method: .post,
            pathTemplate: "/zstack/v1/hosts/simulators",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `memoryCapacity` field.
        public let memoryCapacity: Int64

        /// The `cpuCapacity` field.
        public let cpuCapacity: Int64

        /// 资源名称
        public let name: String

        /// The `managementIp` field.
        public let managementIp: String

        /// 集群UUID
        public let clusterUuid: String

        /// 资源的详细描述
        public let description: String?

        /// The `resourceUuid` field.
        public let resourceUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - memoryCapacity: The `memoryCapacity` field.
        ///   - cpuCapacity: The `cpuCapacity` field.
        ///   - name: 资源名称
        ///   - managementIp: The `managementIp` field.
        ///   - clusterUuid: 集群UUID
        ///   - description: 资源的详细描述
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            memoryCapacity: Int64,
            cpuCapacity: Int64,
            name: String,
            managementIp: String,
            clusterUuid: String,
            description: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.memoryCapacity = memoryCapacity
            self.cpuCapacity = cpuCapacity
            self.name = name
            self.managementIp = managementIp
            self.clusterUuid = clusterUuid
            self.description = description
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.tagUuids = tagUuids
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
            guard ZStackFieldwise.same(lhs.memoryCapacity, rhs.memoryCapacity) else { return false }
            guard ZStackFieldwise.same(lhs.cpuCapacity, rhs.cpuCapacity) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.managementIp, rhs.managementIp) else { return false }
            guard ZStackFieldwise.same(lhs.clusterUuid, rhs.clusterUuid) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// 添加物理机消息回复
    ///
    /// An ``InventoryReply`` of ``HostInventory``: the replies that differ only in that type share one generic type.
    ///
    /// - `inventory`: 被添加的物理机的详细信息
    public typealias Response = InventoryReply<HostInventory>
}

nonisolated extension ZStackClient {
    /// AddSimulatorHost
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/hosts/simulators`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - memoryCapacity: The `memoryCapacity` field.
    ///   - cpuCapacity: The `cpuCapacity` field.
    ///   - name: 资源名称
    ///   - managementIp: The `managementIp` field.
    ///   - clusterUuid: 集群UUID
    ///   - description: 资源的详细描述
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 添加物理机消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addSimulatorHost(
        memoryCapacity: Int64,
        cpuCapacity: Int64,
        name: String,
        managementIp: String,
        clusterUuid: String,
        description: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddSimulatorHost.Response {
        try await addSimulatorHost(
            AddSimulatorHost.Request(
                memoryCapacity: memoryCapacity,
                cpuCapacity: cpuCapacity,
                name: name,
                managementIp: managementIp,
                clusterUuid: clusterUuid,
                description: description,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// AddSimulatorHost
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/hosts/simulators`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 添加物理机消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addSimulatorHost(
        _ request: AddSimulatorHost.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddSimulatorHost.Response {
        let call = ZStackRequestBuilder(operation: AddSimulatorHost.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.memoryCapacity, forKey: "memoryCapacity")
                try wrapped.encodeValue(request.cpuCapacity, forKey: "cpuCapacity")
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.managementIp, forKey: "managementIp")
                try wrapped.encodeValue(request.clusterUuid, forKey: "clusterUuid")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
