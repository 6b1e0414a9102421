import HTTPTypes

/// CreatePortForwardingRule
///
/// 用户可以使用CreatePortForwardingRule来创建一个端口转发规则, 并可以同时挂载或者不挂载到虚拟机网卡上
///
/// 用户可以使用CreatePortForwardingRule来创建一个端口转发规则, 并可以同时挂载或者不挂载到虚拟机网卡上
///
/// `POST /zstack/v1/port-forwarding`, asynchronous, authorization required.
///
/// Category: portForwarding
public nonisolated enum CreatePortForwardingRule {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreatePortForwardingRule",
        method: .post,
        pathTemplate: "/zstack/v1/port-forwarding",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// VIP UUID
        public var vipUuid: String

        /// VIP的起始端口号
        public var vipPortStart: Int

        /// 网络流量协议类型
        public var protocolType: CreatePortForwardingRuleProtocolType

        /// 资源名称
        public var name: String

        /// VIP的结束端口号; 如果忽略不设置, 会默认设置为vipPortStart
        public var vipPortEnd: Int?

        /// 客户IP（虚拟机网卡的IP地址）的起始端口号; 如果忽略不设置, 会默认设置为vipPortStart
        public var privatePortStart: Int?

        /// 客户IP（虚拟机网卡的IP地址）的结束端口号; 如果忽略不设置, 会默认设置为vipPortEnd
        public var privatePortEnd: Int?

        /// 云主机网卡UUID
        public var vmNicUuid: String?

        /// 源CIDR; 端口转发规则只作用于源CIDR的流量; 如果忽略不设置, 会默认设置为to 0.0.0.0/0
        public var allowedCidr: String?

        /// 资源的详细描述
        public var description: String?

        /// 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
        public var resourceUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vipUuid: VIP UUID
        ///   - vipPortStart: VIP的起始端口号
        ///   - protocolType: 网络流量协议类型
        ///   - name: 资源名称
        ///   - vipPortEnd: VIP的结束端口号; 如果忽略不设置, 会默认设置为vipPortStart
        ///   - privatePortStart: 客户IP（虚拟机网卡的IP地址）的起始端口号; 如果忽略不设置, 会默认设置为vipPortStart
        ///   - privatePortEnd: 客户IP（虚拟机网卡的IP地址）的结束端口号; 如果忽略不设置, 会默认设置为vipPortEnd
        ///   - vmNicUuid: 云主机网卡UUID
        ///   - allowedCidr: 源CIDR; 端口转发规则只作用于源CIDR的流量; 如果忽略不设置, 会默认设置为to 0.0.0.0/0
        ///   - description: 资源的详细描述
        ///   - resourceUuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            vipUuid: String,
            vipPortStart: Int,
            protocolType: CreatePortForwardingRuleProtocolType,
            name: String,
            vipPortEnd: Int? = nil,
            privatePortStart: Int? = nil,
            privatePortEnd: Int? = nil,
            vmNicUuid: String? = nil,
            allowedCidr: String? = nil,
            description: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.vipUuid = vipUuid
            self.vipPortStart = vipPortStart
            self.protocolType = protocolType
            self.name = name
            self.vipPortEnd = vipPortEnd
            self.privatePortStart = privatePortStart
            self.privatePortEnd = privatePortEnd
            self.vmNicUuid = vmNicUuid
            self.allowedCidr = allowedCidr
            self.description = description
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.tagUuids = tagUuids
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
            var vipUuid: String
            var vipPortStart: Int
            var vipPortEnd: Int?
            var privatePortStart: Int?
            var privatePortEnd: Int?
            var protocolType: CreatePortForwardingRuleProtocolType
            var vmNicUuid: String?
            var allowedCidr: String?
            var name: String
            var description: String?
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.vipUuid = request.vipUuid
                self.vipPortStart = request.vipPortStart
                self.vipPortEnd = request.vipPortEnd
                self.privatePortStart = request.privatePortStart
                self.privatePortEnd = request.privatePortEnd
                self.protocolType = request.protocolType
                self.vmNicUuid = request.vmNicUuid
                self.allowedCidr = request.allowedCidr
                self.name = request.name
                self.description = request.description
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case vipUuid = "vipUuid"
                case vipPortStart = "vipPortStart"
                case vipPortEnd = "vipPortEnd"
                case privatePortStart = "privatePortStart"
                case privatePortEnd = "privatePortEnd"
                case protocolType = "protocolType"
                case vmNicUuid = "vmNicUuid"
                case allowedCidr = "allowedCidr"
                case name = "name"
                case description = "description"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
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
    /// CreatePortForwardingRule
    ///
    /// 用户可以使用CreatePortForwardingRule来创建一个端口转发规则, 并可以同时挂载或者不挂载到虚拟机网卡上
    ///
    /// 用户可以使用CreatePortForwardingRule来创建一个端口转发规则, 并可以同时挂载或者不挂载到虚拟机网卡上
    ///
    /// `POST /zstack/v1/port-forwarding`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - vipUuid: VIP UUID
    ///   - vipPortStart: VIP的起始端口号
    ///   - protocolType: 网络流量协议类型
    ///   - name: 资源名称
    ///   - vipPortEnd: VIP的结束端口号; 如果忽略不设置, 会默认设置为vipPortStart
    ///   - privatePortStart: 客户IP（虚拟机网卡的IP地址）的起始端口号; 如果忽略不设置, 会默认设置为vipPortStart
    ///   - privatePortEnd: 客户IP（虚拟机网卡的IP地址）的结束端口号; 如果忽略不设置, 会默认设置为vipPortEnd
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - allowedCidr: 源CIDR; 端口转发规则只作用于源CIDR的流量; 如果忽略不设置, 会默认设置为to 0.0.0.0/0
    ///   - description: 资源的详细描述
    ///   - resourceUuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createPortForwardingRule(
        vipUuid: String,
        vipPortStart: Int,
        protocolType: CreatePortForwardingRuleProtocolType,
        name: String,
        vipPortEnd: Int? = nil,
        privatePortStart: Int? = nil,
        privatePortEnd: Int? = nil,
        vmNicUuid: String? = nil,
        allowedCidr: String? = nil,
        description: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreatePortForwardingRule.Response {
        try await createPortForwardingRule(
            CreatePortForwardingRule.Request(
                vipUuid: vipUuid,
                vipPortStart: vipPortStart,
                protocolType: protocolType,
                name: name,
                vipPortEnd: vipPortEnd,
                privatePortStart: privatePortStart,
                privatePortEnd: privatePortEnd,
                vmNicUuid: vmNicUuid,
                allowedCidr: allowedCidr,
                description: description,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// CreatePortForwardingRule
    ///
    /// 用户可以使用CreatePortForwardingRule来创建一个端口转发规则, 并可以同时挂载或者不挂载到虚拟机网卡上
    ///
    /// 用户可以使用CreatePortForwardingRule来创建一个端口转发规则, 并可以同时挂载或者不挂载到虚拟机网卡上
    ///
    /// `POST /zstack/v1/port-forwarding`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createPortForwardingRule(
        _ request: CreatePortForwardingRule.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreatePortForwardingRule.Response {
        var call = ZStackRequestBuilder(operation: CreatePortForwardingRule.operation)
        call.jsonBody = CreatePortForwardingRule.Body(request)
        return try await perform(call, polling: polling)
    }
}
