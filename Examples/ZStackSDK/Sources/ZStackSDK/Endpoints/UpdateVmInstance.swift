import HTTPTypes

/// 更新云主机信息(UpdateVmInstance)
///
/// 更新一个云主机的信息
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum UpdateVmInstance {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateVmInstance",
            method: .put,
            pathTemplate: "/zstack/v1/vm-instances/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机UUID
        public let uuid: String

        /// 云主机名
        public let name: String?

        /// 云主机详细描述
        public let description: String?

        /// 云主机状态。**注意**，通常是不应该直接更新云主机状态，否则会导致ZStack对云主机状态发生误判。该字段只应该用在云主机真实状态和ZStack记录状态发生了不一致，而ZStack的同步机制已经失效时（通常意味着bug），并管理员应该完全理解使用该字段的后果时。
        public let state: UpdateVmInstanceState?

        /// 默认三层网络UUID
        public let defaultL3NetworkUuid: String?

        /// 云主机平台类型
        public let platform: UpdateVmInstancePlatform?

        /// 云主机CPU数量。需停止/启动云主机后生效
        public let cpuNum: Int?

        /// 云主机内存大小。需停止/启动云主机后生效
        public let memorySize: Int64?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `guestOsType` field.
        public let guestOsType: String?

        /// The `reservedMemorySize` field.
        public let reservedMemorySize: Int64?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 云主机UUID
        ///   - name: 云主机名
        ///   - description: 云主机详细描述
        ///   - state: 云主机状态。**注意**，通常是不应该直接更新云主机状态，否则会导致ZStack对云主机状态发生误判。该字段只应该用在云主机真实状态和ZStack记录状态发生了不一致，而ZStack的同步机制已经失效时（通常意味着bug），并管理员应该完全理解使用该字段的后果时。
        ///   - defaultL3NetworkUuid: 默认三层网络UUID
        ///   - platform: 云主机平台类型
        ///   - cpuNum: 云主机CPU数量。需停止/启动云主机后生效
        ///   - memorySize: 云主机内存大小。需停止/启动云主机后生效
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - guestOsType: The `guestOsType` field.
        ///   - reservedMemorySize: The `reservedMemorySize` field.
        public init(
            uuid: String,
            name: String? = nil,
            description: String? = nil,
            state: UpdateVmInstanceState? = nil,
            defaultL3NetworkUuid: String? = nil,
            platform: UpdateVmInstancePlatform? = nil,
            cpuNum: Int? = nil,
            memorySize: Int64? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            guestOsType: String? = nil,
            reservedMemorySize: Int64? = nil
        ) {
            self.uuid = uuid
            self.name = name
            self.description = description
            self.state = state
            self.defaultL3NetworkUuid = defaultL3NetworkUuid
            self.platform = platform
            self.cpuNum = cpuNum
            self.memorySize = memorySize
            self.systemTags = systemTags
            self.userTags = userTags
            self.guestOsType = guestOsType
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
            guard ZStackFieldwise.same(lhs.defaultL3NetworkUuid, rhs.defaultL3NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.platform, rhs.platform) else { return false }
            guard ZStackFieldwise.same(lhs.cpuNum, rhs.cpuNum) else { return false }
            guard ZStackFieldwise.same(lhs.memorySize, rhs.memorySize) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.guestOsType, rhs.guestOsType) else { return false }
            return ZStackFieldwise.same(lhs.reservedMemorySize, rhs.reservedMemorySize)
        }
    }

    /// 云主机清单
    ///
    /// An ``InventoryReply`` of ``VmInstanceInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<VmInstanceInventory>
}

nonisolated extension ZStackClient {
    /// 更新云主机信息(UpdateVmInstance)
    ///
    /// 更新一个云主机的信息
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 云主机UUID
    ///   - name: 云主机名
    ///   - description: 云主机详细描述
    ///   - state: 云主机状态。**注意**，通常是不应该直接更新云主机状态，否则会导致ZStack对云主机状态发生误判。该字段只应该用在云主机真实状态和ZStack记录状态发生了不一致，而ZStack的同步机制已经失效时（通常意味着bug），并管理员应该完全理解使用该字段的后果时。
    ///   - defaultL3NetworkUuid: 默认三层网络UUID
    ///   - platform: 云主机平台类型
    ///   - cpuNum: 云主机CPU数量。需停止/启动云主机后生效
    ///   - memorySize: 云主机内存大小。需停止/启动云主机后生效
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - guestOsType: The `guestOsType` field.
    ///   - reservedMemorySize: The `reservedMemorySize` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVmInstance(
        uuid: String,
        name: String? = nil,
        description: String? = nil,
        state: UpdateVmInstanceState? = nil,
        defaultL3NetworkUuid: String? = nil,
        platform: UpdateVmInstancePlatform? = nil,
        cpuNum: Int? = nil,
        memorySize: Int64? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        guestOsType: String? = nil,
        reservedMemorySize: Int64? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVmInstance.Response {
        try await updateVmInstance(
            UpdateVmInstance.Request(
                uuid: uuid,
                name: name,
                description: description,
                state: state,
                defaultL3NetworkUuid: defaultL3NetworkUuid,
                platform: platform,
                cpuNum: cpuNum,
                memorySize: memorySize,
                systemTags: systemTags,
                userTags: userTags,
                guestOsType: guestOsType,
                reservedMemorySize: reservedMemorySize
            ),
            polling: polling
        )
    }

    /// 更新云主机信息(UpdateVmInstance)
    ///
    /// 更新一个云主机的信息
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVmInstance(
        _ request: UpdateVmInstance.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVmInstance.Response {
        let call = ZStackRequestBuilder(operation: UpdateVmInstance.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateVmInstance") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.state, forKey: "state")
                try wrapped.encodeValue(request.defaultL3NetworkUuid, forKey: "defaultL3NetworkUuid")
                try wrapped.encodeValue(request.platform, forKey: "platform")
                try wrapped.encodeValue(request.cpuNum, forKey: "cpuNum")
                try wrapped.encodeValue(request.memorySize, forKey: "memorySize")
                try wrapped.encodeValue(request.guestOsType, forKey: "guestOsType")
                try wrapped.encodeValue(request.reservedMemorySize, forKey: "reservedMemorySize")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
