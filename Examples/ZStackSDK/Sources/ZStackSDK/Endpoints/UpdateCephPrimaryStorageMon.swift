import HTTPTypes

/// 更新 Ceph 主存储 mon 节点(UpdateCephPrimaryStorageMon)
///
/// 更新 Ceph 主存储 mon 节点
///
/// `PUT /zstack/v1/primary-storage/ceph/mons/{monUuid}/actions`, asynchronous, authorization required.
///
/// Category: storage.ceph.primary
public nonisolated enum UpdateCephPrimaryStorageMon {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateCephPrimaryStorageMon",
        method: .put,
        pathTemplate: "/zstack/v1/primary-storage/ceph/mons/{monUuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// mon 节点UUID
        public var monUuid: String

        /// mon 节点新主机名
        public var hostname: String?

        /// mon 节点主机 ssh 用户名
        public var sshUsername: String?

        /// mon 节点主机 ssh 用户密码
        public var sshPassword: String?

        /// mon 节点主机 ssh 端口
        public var sshPort: Int?

        /// mon 的新端口
        public var monPort: Int?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - monUuid: mon 节点UUID
        ///   - hostname: mon 节点新主机名
        ///   - sshUsername: mon 节点主机 ssh 用户名
        ///   - sshPassword: mon 节点主机 ssh 用户密码
        ///   - sshPort: mon 节点主机 ssh 端口
        ///   - monPort: mon 的新端口
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            monUuid: String,
            hostname: String? = nil,
            sshUsername: String? = nil,
            sshPassword: String? = nil,
            sshPort: Int? = nil,
            monPort: Int? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.monUuid = monUuid
            self.hostname = hostname
            self.sshUsername = sshUsername
            self.sshPassword = sshPassword
            self.sshPort = sshPort
            self.monPort = monPort
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"updateCephPrimaryStorageMon": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateCephPrimaryStorageMon"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var hostname: String?
            var sshUsername: String?
            var sshPassword: String?
            var sshPort: Int?
            var monPort: Int?

            init(_ request: Request) {
                self.hostname = request.hostname
                self.sshUsername = request.sshUsername
                self.sshPassword = request.sshPassword
                self.sshPort = request.sshPort
                self.monPort = request.monPort
            }

            private enum CodingKeys: String, CodingKey {
                case hostname = "hostname"
                case sshUsername = "sshUsername"
                case sshPassword = "sshPassword"
                case sshPort = "sshPort"
                case monPort = "monPort"
            }
        }
    }

    /// Ceph 主存储清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: CephPrimaryStorageInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: CephPrimaryStorageInventory? = nil) {
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
    /// 更新 Ceph 主存储 mon 节点(UpdateCephPrimaryStorageMon)
    ///
    /// 更新 Ceph 主存储 mon 节点
    ///
    /// `PUT /zstack/v1/primary-storage/ceph/mons/{monUuid}/actions`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - monUuid: mon 节点UUID
    ///   - hostname: mon 节点新主机名
    ///   - sshUsername: mon 节点主机 ssh 用户名
    ///   - sshPassword: mon 节点主机 ssh 用户密码
    ///   - sshPort: mon 节点主机 ssh 端口
    ///   - monPort: mon 的新端口
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: Ceph 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateCephPrimaryStorageMon(
        monUuid: String,
        hostname: String? = nil,
        sshUsername: String? = nil,
        sshPassword: String? = nil,
        sshPort: Int? = nil,
        monPort: Int? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateCephPrimaryStorageMon.Response {
        try await updateCephPrimaryStorageMon(
            UpdateCephPrimaryStorageMon.Request(
                monUuid: monUuid,
                hostname: hostname,
                sshUsername: sshUsername,
                sshPassword: sshPassword,
                sshPort: sshPort,
                monPort: monPort,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 更新 Ceph 主存储 mon 节点(UpdateCephPrimaryStorageMon)
    ///
    /// 更新 Ceph 主存储 mon 节点
    ///
    /// `PUT /zstack/v1/primary-storage/ceph/mons/{monUuid}/actions`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: Ceph 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateCephPrimaryStorageMon(
        _ request: UpdateCephPrimaryStorageMon.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateCephPrimaryStorageMon.Response {
        var call = ZStackRequestBuilder(operation: UpdateCephPrimaryStorageMon.operation)
        call.setPathParameter("monUuid", to: request.monUuid)
        call.jsonBody = UpdateCephPrimaryStorageMon.Body(request)
        return try await perform(call, polling: polling)
    }
}
