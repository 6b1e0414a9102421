import HTTPTypes

/// UpdateHostIpmi
///
/// 更新物理机IPMI信息
///
/// 更新一台物理机IPMI信息
///
/// `PUT /zstack/v1/hosts/ipmi/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum UpdateHostIpmi {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateHostIpmi",
        method: .put,
        pathTemplate: "/zstack/v1/hosts/ipmi/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// IPMI地址
        public var ipmiAddress: String?

        /// IPMI用户名
        public var ipmiUsername: String?

        /// IPMI密码
        public var ipmiPassword: String?

        /// IPMI端口
        public var ipmiPort: Int?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - ipmiAddress: IPMI地址
        ///   - ipmiUsername: IPMI用户名
        ///   - ipmiPassword: IPMI密码
        ///   - ipmiPort: IPMI端口
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            ipmiAddress: String? = nil,
            ipmiUsername: String? = nil,
            ipmiPassword: String? = nil,
            ipmiPort: Int? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.ipmiAddress = ipmiAddress
            self.ipmiUsername = ipmiUsername
            self.ipmiPassword = ipmiPassword
            self.ipmiPort = ipmiPort
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"updateHostIpmi": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateHostIpmi"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var ipmiAddress: String?
            var ipmiUsername: String?
            var ipmiPassword: String?
            var ipmiPort: Int?

            init(_ request: Request) {
                self.ipmiAddress = request.ipmiAddress
                self.ipmiUsername = request.ipmiUsername
                self.ipmiPassword = request.ipmiPassword
                self.ipmiPort = request.ipmiPort
            }

            private enum CodingKeys: String, CodingKey {
                case ipmiAddress = "ipmiAddress"
                case ipmiUsername = "ipmiUsername"
                case ipmiPassword = "ipmiPassword"
                case ipmiPort = "ipmiPort"
            }
        }
    }

    /// 更新物理机IPMI信息消息回复
    public struct Response: Codable, Sendable, Hashable {
        /// 物理机IPMI信息
        public var hostIpmiInventory: HostIpmiInventory?

        /// 是否成功
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - hostIpmiInventory: 物理机IPMI信息
        ///   - success: 是否成功
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(hostIpmiInventory: HostIpmiInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.hostIpmiInventory = hostIpmiInventory
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case hostIpmiInventory = "hostIpmiInventory"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// UpdateHostIpmi
    ///
    /// 更新物理机IPMI信息
    ///
    /// 更新一台物理机IPMI信息
    ///
    /// `PUT /zstack/v1/hosts/ipmi/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - ipmiAddress: IPMI地址
    ///   - ipmiUsername: IPMI用户名
    ///   - ipmiPassword: IPMI密码
    ///   - ipmiPort: IPMI端口
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新物理机IPMI信息消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateHostIpmi(
        uuid: String,
        ipmiAddress: String? = nil,
        ipmiUsername: String? = nil,
        ipmiPassword: String? = nil,
        ipmiPort: Int? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateHostIpmi.Response {
        try await updateHostIpmi(
            UpdateHostIpmi.Request(
                uuid: uuid,
                ipmiAddress: ipmiAddress,
                ipmiUsername: ipmiUsername,
                ipmiPassword: ipmiPassword,
                ipmiPort: ipmiPort,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateHostIpmi
    ///
    /// 更新物理机IPMI信息
    ///
    /// 更新一台物理机IPMI信息
    ///
    /// `PUT /zstack/v1/hosts/ipmi/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新物理机IPMI信息消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateHostIpmi(
        _ request: UpdateHostIpmi.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateHostIpmi.Response {
        var call = ZStackRequestBuilder(operation: UpdateHostIpmi.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UpdateHostIpmi.Body(request)
        return try await perform(call, polling: polling)
    }
}
