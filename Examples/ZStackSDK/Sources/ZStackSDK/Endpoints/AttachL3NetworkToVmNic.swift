import HTTPTypes

/// AttachL3NetworkToVmNic
///
/// 动态添加一个网络到网卡
///
/// `POST /zstack/v1/nics/{vmNicUuid}/l3-networks/{l3NetworkUuid}`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum AttachL3NetworkToVmNic {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AttachL3NetworkToVmNic",
        method: .post,
        pathTemplate: "/zstack/v1/nics/{vmNicUuid}/l3-networks/{l3NetworkUuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云主机网卡UUID
        public var vmNicUuid: String

        /// 三层网络UUID
        public var l3NetworkUuid: String

        /// 指定分配给云主机的IP地址
        public var staticIp: String?

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmNicUuid: 云主机网卡UUID
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - staticIp: 指定分配给云主机的IP地址
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            vmNicUuid: String,
            l3NetworkUuid: String,
            staticIp: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.vmNicUuid = vmNicUuid
            self.l3NetworkUuid = l3NetworkUuid
            self.staticIp = staticIp
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var staticIp: String?

            init(_ request: Request) {
                self.staticIp = request.staticIp
            }

            private enum CodingKeys: String, CodingKey {
                case staticIp = "staticIp"
            }
        }
    }

    /// The reply's fields.
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: VmNicInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: VmNicInventory? = nil) {
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
    /// AttachL3NetworkToVmNic
    ///
    /// 动态添加一个网络到网卡
    ///
    /// `POST /zstack/v1/nics/{vmNicUuid}/l3-networks/{l3NetworkUuid}`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - staticIp: 指定分配给云主机的IP地址
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachL3NetworkToVmNic(
        vmNicUuid: String,
        l3NetworkUuid: String,
        staticIp: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachL3NetworkToVmNic.Response {
        try await attachL3NetworkToVmNic(
            AttachL3NetworkToVmNic.Request(
                vmNicUuid: vmNicUuid,
                l3NetworkUuid: l3NetworkUuid,
                staticIp: staticIp,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AttachL3NetworkToVmNic
    ///
    /// 动态添加一个网络到网卡
    ///
    /// `POST /zstack/v1/nics/{vmNicUuid}/l3-networks/{l3NetworkUuid}`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachL3NetworkToVmNic(
        _ request: AttachL3NetworkToVmNic.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachL3NetworkToVmNic.Response {
        var call = ZStackRequestBuilder(operation: AttachL3NetworkToVmNic.operation)
        call.setPathParameter("vmNicUuid", to: request.vmNicUuid)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.jsonBody = AttachL3NetworkToVmNic.Body(request)
        return try await perform(call, polling: polling)
    }
}
