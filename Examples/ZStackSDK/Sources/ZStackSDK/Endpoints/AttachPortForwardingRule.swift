import HTTPTypes

/// AttachPortForwardingRule
///
/// 用户可以使用AttachPortForwardingRule来挂载一个规则到虚拟机网卡上
///
/// 用户可以使用AttachPortForwardingRule来挂载一个规则到虚拟机网卡上
///
/// `POST /zstack/v1/port-forwarding/{ruleUuid}/vm-instances/nics/{vmNicUuid}`, asynchronous, authorization required.
///
/// Category: portForwarding
public nonisolated enum AttachPortForwardingRule {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AttachPortForwardingRule",
        method: .post,
        pathTemplate: "/zstack/v1/port-forwarding/{ruleUuid}/vm-instances/nics/{vmNicUuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 规则的uuid
        public var ruleUuid: String

        /// 云主机网卡UUID
        public var vmNicUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - ruleUuid: 规则的uuid
        ///   - vmNicUuid: 云主机网卡UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(ruleUuid: String, vmNicUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.ruleUuid = ruleUuid
            self.vmNicUuid = vmNicUuid
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

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 端口转发规则清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: PortForwardingRuleInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: PortForwardingRuleInventory? = nil) {
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
    /// AttachPortForwardingRule
    ///
    /// 用户可以使用AttachPortForwardingRule来挂载一个规则到虚拟机网卡上
    ///
    /// 用户可以使用AttachPortForwardingRule来挂载一个规则到虚拟机网卡上
    ///
    /// `POST /zstack/v1/port-forwarding/{ruleUuid}/vm-instances/nics/{vmNicUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - ruleUuid: 规则的uuid
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachPortForwardingRule(
        ruleUuid: String,
        vmNicUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachPortForwardingRule.Response {
        try await attachPortForwardingRule(
            AttachPortForwardingRule.Request(
                ruleUuid: ruleUuid,
                vmNicUuid: vmNicUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AttachPortForwardingRule
    ///
    /// 用户可以使用AttachPortForwardingRule来挂载一个规则到虚拟机网卡上
    ///
    /// 用户可以使用AttachPortForwardingRule来挂载一个规则到虚拟机网卡上
    ///
    /// `POST /zstack/v1/port-forwarding/{ruleUuid}/vm-instances/nics/{vmNicUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachPortForwardingRule(
        _ request: AttachPortForwardingRule.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachPortForwardingRule.Response {
        var call = ZStackRequestBuilder(operation: AttachPortForwardingRule.operation)
        call.setPathParameter("ruleUuid", to: request.ruleUuid)
        call.setPathParameter("vmNicUuid", to: request.vmNicUuid)
        call.jsonBody = AttachPortForwardingRule.Body(request)
        return try await perform(call, polling: polling)
    }
}
