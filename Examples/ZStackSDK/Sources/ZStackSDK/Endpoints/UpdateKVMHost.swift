import HTTPTypes

/// UpdateKVMHost
///
/// 更新KVM机信息
///
/// `PUT /zstack/v1/hosts/kvm/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum UpdateKVMHost {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateKVMHost",
        method: .put,
        pathTemplate: "/zstack/v1/hosts/kvm/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 用户名
        public var username: String?

        /// 密码
        public var password: String?

        /// ssh端口号
        public var sshPort: Int?

        /// 资源名称
        public var name: String?

        /// 资源的详细描述
        public var description: String?

        /// 管理节点IP
        public var managementIp: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - username: 用户名
        ///   - password: 密码
        ///   - sshPort: ssh端口号
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - managementIp: 管理节点IP
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            username: String? = nil,
            password: String? = nil,
            sshPort: Int? = nil,
            name: String? = nil,
            description: String? = nil,
            managementIp: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.username = username
            self.password = password
            self.sshPort = sshPort
            self.name = name
            self.description = description
            self.managementIp = managementIp
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"updateKVMHost": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateKVMHost"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var username: String?
            var password: String?
            var sshPort: Int?
            var name: String?
            var description: String?
            var managementIp: String?

            init(_ request: Request) {
                self.username = request.username
                self.password = request.password
                self.sshPort = request.sshPort
                self.name = request.name
                self.description = request.description
                self.managementIp = request.managementIp
            }

            private enum CodingKeys: String, CodingKey {
                case username = "username"
                case password = "password"
                case sshPort = "sshPort"
                case name = "name"
                case description = "description"
                case managementIp = "managementIp"
            }
        }
    }

    /// 更新后的云主机
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 更新后的云主机信息
        public var inventory: HostInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 更新后的云主机信息
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: HostInventory? = nil) {
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
    /// UpdateKVMHost
    ///
    /// 更新KVM机信息
    ///
    /// `PUT /zstack/v1/hosts/kvm/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - username: 用户名
    ///   - password: 密码
    ///   - sshPort: ssh端口号
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - managementIp: 管理节点IP
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新后的云主机
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateKVMHost(
        uuid: String,
        username: String? = nil,
        password: String? = nil,
        sshPort: Int? = nil,
        name: String? = nil,
        description: String? = nil,
        managementIp: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateKVMHost.Response {
        try await updateKVMHost(
            UpdateKVMHost.Request(
                uuid: uuid,
                username: username,
                password: password,
                sshPort: sshPort,
                name: name,
                description: description,
                managementIp: managementIp,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateKVMHost
    ///
    /// 更新KVM机信息
    ///
    /// `PUT /zstack/v1/hosts/kvm/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新后的云主机
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateKVMHost(
        _ request: UpdateKVMHost.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateKVMHost.Response {
        var call = ZStackRequestBuilder(operation: UpdateKVMHost.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UpdateKVMHost.Body(request)
        return try await perform(call, polling: polling)
    }
}
