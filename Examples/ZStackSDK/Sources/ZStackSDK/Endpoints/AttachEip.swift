import HTTPTypes

/// 绑定弹性IP(AttachEip)
///
/// 绑定弹性IP
///
/// `POST /zstack/v1/eips/{eipUuid}/vm-instances/nics/{vmNicUuid}`, asynchronous, authorization required.
///
/// Category: 弹性IP
public nonisolated enum AttachEip {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AttachEip",
        method: .post,
        pathTemplate: "/zstack/v1/eips/{eipUuid}/vm-instances/nics/{vmNicUuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 弹性IP UUID
        public var eipUuid: String

        /// 云主机网卡UUID
        public var vmNicUuid: String

        /// IP地址Uuid
        public var usedIpUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - eipUuid: 弹性IP UUID
        ///   - vmNicUuid: 云主机网卡UUID
        ///   - usedIpUuid: IP地址Uuid
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            eipUuid: String,
            vmNicUuid: String,
            usedIpUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.eipUuid = eipUuid
            self.vmNicUuid = vmNicUuid
            self.usedIpUuid = usedIpUuid
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
            var usedIpUuid: String?

            init(_ request: Request) {
                self.usedIpUuid = request.usedIpUuid
            }

            private enum CodingKeys: String, CodingKey {
                case usedIpUuid = "usedIpUuid"
            }
        }
    }

    /// 弹性IP清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: EipInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: EipInventory? = nil) {
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
    /// 绑定弹性IP(AttachEip)
    ///
    /// 绑定弹性IP
    ///
    /// `POST /zstack/v1/eips/{eipUuid}/vm-instances/nics/{vmNicUuid}`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - eipUuid: 弹性IP UUID
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - usedIpUuid: IP地址Uuid
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 弹性IP清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachEip(
        eipUuid: String,
        vmNicUuid: String,
        usedIpUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachEip.Response {
        try await attachEip(
            AttachEip.Request(
                eipUuid: eipUuid,
                vmNicUuid: vmNicUuid,
                usedIpUuid: usedIpUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 绑定弹性IP(AttachEip)
    ///
    /// 绑定弹性IP
    ///
    /// `POST /zstack/v1/eips/{eipUuid}/vm-instances/nics/{vmNicUuid}`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 弹性IP清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachEip(
        _ request: AttachEip.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachEip.Response {
        var call = ZStackRequestBuilder(operation: AttachEip.operation)
        call.setPathParameter("eipUuid", to: request.eipUuid)
        call.setPathParameter("vmNicUuid", to: request.vmNicUuid)
        call.jsonBody = AttachEip.Body(request)
        return try await perform(call, polling: polling)
    }
}
