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
    public static let operation = ZStackOperation(
        id: "MigrateVm",
        method: .put,
        pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云主机UUID
        public var vmInstanceUuid: String

        /// 物理机UUID
        public var hostUuid: String?

        /// 从迁移目的物理机器发起迁移命令
        public var migrateFromDestination: Bool?

        /// 允许未知状态的虚拟机
        public var allowUnknown: Bool?

        /// The `strategy` field.
        public var strategy: MigrateVmStrategy?

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 热迁移物理机停机时间
        public var downTime: Int?

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
    }

    /// The JSON body of a request: `{"migrateVm": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "migrateVm"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var hostUuid: String?
            var migrateFromDestination: Bool?
            var allowUnknown: Bool?
            var strategy: MigrateVmStrategy?
            var downTime: Int?

            init(_ request: Request) {
                self.hostUuid = request.hostUuid
                self.migrateFromDestination = request.migrateFromDestination
                self.allowUnknown = request.allowUnknown
                self.strategy = request.strategy
                self.downTime = request.downTime
            }

            private enum CodingKeys: String, CodingKey {
                case hostUuid = "hostUuid"
                case migrateFromDestination = "migrateFromDestination"
                case allowUnknown = "allowUnknown"
                case strategy = "strategy"
                case downTime = "downTime"
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
        var call = ZStackRequestBuilder(operation: MigrateVm.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.jsonBody = MigrateVm.Body(request)
        return try await perform(call, polling: polling)
    }
}
