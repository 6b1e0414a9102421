import HTTPTypes

/// 热迁移云主机(MigrateVm)
///
/// 将云主机热迁移至另一个物理机
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum MigrateVm {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "MigrateVm",
            method: .put,
            pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机UUID
        public let vmInstanceUuid: String

        /// 物理机UUID
        public let hostUuid: String?

        /// 从迁移目的物理机器发起迁移命令
        public let migrateFromDestination: Bool?

        /// 允许未知状态的虚拟机
        public let allowUnknown: Bool?

        /// The `strategy` field.
        public let strategy: MigrateVmStrategy?

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 热迁移物理机停机时间
        public let downTime: Int?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: 云主机UUID
        ///   - hostUuid: 物理机UUID
        ///   - migrateFromDestination: 从迁移目的物理机器发起迁移命令
        ///   - allowUnknown: 允许未知状态的虚拟机
        ///   - strategy: The `strategy` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: 用户标签
        ///   - downTime: 热迁移物理机停机时间
        public init(
            vmInstanceUuid: String,
            hostUuid: String? = nil,
            migrateFromDestination: Bool? = nil,
            allowUnknown: Bool? = nil,
            strategy: MigrateVmStrategy? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            downTime: Int? = nil
        ) {
            self.vmInstanceUuid = vmInstanceUuid
            self.hostUuid = hostUuid
            self.migrateFromDestination = migrateFromDestination
            self.allowUnknown = allowUnknown
            self.strategy = strategy
            self.systemTags = systemTags
            self.userTags = userTags
            self.downTime = downTime
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
            guard ZStackFieldwise.same(lhs.vmInstanceUuid, rhs.vmInstanceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.hostUuid, rhs.hostUuid) else { return false }
            guard ZStackFieldwise.same(lhs.migrateFromDestination, rhs.migrateFromDestination) else { return false }
            guard ZStackFieldwise.same(lhs.allowUnknown, rhs.allowUnknown) else { return false }
            guard ZStackFieldwise.same(lhs.strategy, rhs.strategy) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.downTime, rhs.downTime)
        }
    }

    /// 云主机清单
    ///
    /// An ``InventoryReply`` of ``VmInstanceInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<VmInstanceInventory>
}

nonisolated extension ZStackClient {
    /// 热迁移云主机(MigrateVm)
    ///
    /// 将云主机热迁移至另一个物理机
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - hostUuid: 物理机UUID
    ///   - migrateFromDestination: 从迁移目的物理机器发起迁移命令
    ///   - allowUnknown: 允许未知状态的虚拟机
    ///   - strategy: The `strategy` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: 用户标签
    ///   - downTime: 热迁移物理机停机时间
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func migrateVm(
        vmInstanceUuid: String,
        hostUuid: String? = nil,
        migrateFromDestination: Bool? = nil,
        allowUnknown: Bool? = nil,
        strategy: MigrateVmStrategy? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        downTime: Int? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> MigrateVm.Response {
        try await migrateVm(
            MigrateVm.Request(
                vmInstanceUuid: vmInstanceUuid,
                hostUuid: hostUuid,
                migrateFromDestination: migrateFromDestination,
                allowUnknown: allowUnknown,
                strategy: strategy,
                systemTags: systemTags,
                userTags: userTags,
                downTime: downTime
            ),
            polling: polling
        )
    }

    /// 热迁移云主机(MigrateVm)
    ///
    /// 将云主机热迁移至另一个物理机
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func migrateVm(
        _ request: MigrateVm.Request,
        polling: ZStackPolling? = nil
    ) async throws -> MigrateVm.Response {
        let call = ZStackRequestBuilder(operation: MigrateVm.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "migrateVm") { wrapped in
                try wrapped.encodeValue(request.hostUuid, forKey: "hostUuid")
                try wrapped.encodeValue(request.migrateFromDestination, forKey: "migrateFromDestination")
                try wrapped.encodeValue(request.allowUnknown, forKey: "allowUnknown")
                try wrapped.encodeValue(request.strategy, forKey: "strategy")
                try wrapped.encodeValue(request.downTime, forKey: "downTime")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
