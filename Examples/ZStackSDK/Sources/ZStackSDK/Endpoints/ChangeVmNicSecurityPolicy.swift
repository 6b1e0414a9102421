import HTTPTypes

/// ChangeVmNicSecurityPolicy
///
/// 更改网卡的默认流量策略
///
/// 更改网卡的安全策略
///
/// `PUT /zstack/v1/security-groups/nics/{vmNicUuid}/security-policy/actions`, asynchronous, authorization required.
///
/// Category: securityGroup
public nonisolated enum ChangeVmNicSecurityPolicy {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ChangeVmNicSecurityPolicy",
        method: .put,
        pathTemplate: "/zstack/v1/security-groups/nics/{vmNicUuid}/security-policy/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 网卡的UUID，唯一标示该资源
        public var vmNicUuid: String

        /// 网卡入方向安全策略
        public var ingressPolicy: ChangeVmNicSecurityPolicyIngressPolicy?

        /// 网卡出方向安全策略
        public var egressPolicy: ChangeVmNicSecurityPolicyEgressPolicy?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmNicUuid: 网卡的UUID，唯一标示该资源
        ///   - ingressPolicy: 网卡入方向安全策略
        ///   - egressPolicy: 网卡出方向安全策略
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            vmNicUuid: String,
            ingressPolicy: ChangeVmNicSecurityPolicyIngressPolicy? = nil,
            egressPolicy: ChangeVmNicSecurityPolicyEgressPolicy? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.vmNicUuid = vmNicUuid
            self.ingressPolicy = ingressPolicy
            self.egressPolicy = egressPolicy
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"changeVmNicSecurityPolicy": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "changeVmNicSecurityPolicy"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var ingressPolicy: ChangeVmNicSecurityPolicyIngressPolicy?
            var egressPolicy: ChangeVmNicSecurityPolicyEgressPolicy?

            init(_ request: Request) {
                self.ingressPolicy = request.ingressPolicy
                self.egressPolicy = request.egressPolicy
            }

            private enum CodingKeys: String, CodingKey {
                case ingressPolicy = "ingressPolicy"
                case egressPolicy = "egressPolicy"
            }
        }
    }

    /// 安全组（Security Group）清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `inventory` field.
        public var inventory: VmNicSecurityPolicyInventory?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - inventory: The `inventory` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(inventory: VmNicSecurityPolicyInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.inventory = inventory
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case inventory = "inventory"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// ChangeVmNicSecurityPolicy
    ///
    /// 更改网卡的默认流量策略
    ///
    /// 更改网卡的安全策略
    ///
    /// `PUT /zstack/v1/security-groups/nics/{vmNicUuid}/security-policy/actions`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmNicUuid: 网卡的UUID，唯一标示该资源
    ///   - ingressPolicy: 网卡入方向安全策略
    ///   - egressPolicy: 网卡出方向安全策略
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeVmNicSecurityPolicy(
        vmNicUuid: String,
        ingressPolicy: ChangeVmNicSecurityPolicyIngressPolicy? = nil,
        egressPolicy: ChangeVmNicSecurityPolicyEgressPolicy? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeVmNicSecurityPolicy.Response {
        try await changeVmNicSecurityPolicy(
            ChangeVmNicSecurityPolicy.Request(
                vmNicUuid: vmNicUuid,
                ingressPolicy: ingressPolicy,
                egressPolicy: egressPolicy,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// ChangeVmNicSecurityPolicy
    ///
    /// 更改网卡的默认流量策略
    ///
    /// 更改网卡的安全策略
    ///
    /// `PUT /zstack/v1/security-groups/nics/{vmNicUuid}/security-policy/actions`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeVmNicSecurityPolicy(
        _ request: ChangeVmNicSecurityPolicy.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeVmNicSecurityPolicy.Response {
        var call = ZStackRequestBuilder(operation: ChangeVmNicSecurityPolicy.operation)
        call.setPathParameter("vmNicUuid", to: request.vmNicUuid)
        call.jsonBody = ChangeVmNicSecurityPolicy.Body(request)
        return try await perform(call, polling: polling)
    }
}
