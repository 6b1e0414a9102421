import HTTPTypes

/// 通过网络CIDR添加IP地址范围(AddIpRangeByNetworkCidr)
///
/// 通过网络CIDR添加IP地址范围
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ip-ranges/by-cidr`, asynchronous, authorization required.
///
/// Category: 三层网络
public nonisolated enum AddIpRangeByNetworkCidr {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddIpRangeByNetworkCidr",
        method: .post,
        pathTemplate: "/zstack/v1/l3-networks/{l3NetworkUuid}/ip-ranges/by-cidr",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 三层网络UUID
        public var l3NetworkUuid: String

        /// 三层网络的名称
        public var name: String

        /// 网络CIDR
        public var networkCidr: String

        /// 三层网络的详细描述
        public var description: String?

        /// 网关
        public var gateway: String?

        /// 地址段类型
        public var ipRangeType: AddIpRangeByNetworkCidrIpRangeType?

        /// 资源UUID。若指定，三层网络会使用该字段值作为UUID
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
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - name: 三层网络的名称
        ///   - networkCidr: 网络CIDR
        ///   - description: 三层网络的详细描述
        ///   - gateway: 网关
        ///   - ipRangeType: 地址段类型
        ///   - resourceUuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            l3NetworkUuid: String,
            name: String,
            networkCidr: String,
            description: String? = nil,
            gateway: String? = nil,
            ipRangeType: AddIpRangeByNetworkCidrIpRangeType? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.l3NetworkUuid = l3NetworkUuid
            self.name = name
            self.networkCidr = networkCidr
            self.description = description
            self.gateway = gateway
            self.ipRangeType = ipRangeType
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
            var name: String
            var description: String?
            var networkCidr: String
            var gateway: String?
            var ipRangeType: AddIpRangeByNetworkCidrIpRangeType?
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.networkCidr = request.networkCidr
                self.gateway = request.gateway
                self.ipRangeType = request.ipRangeType
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case networkCidr = "networkCidr"
                case gateway = "gateway"
                case ipRangeType = "ipRangeType"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 三层网络清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventories` field.
        public var inventories: IpRangeInventory?

        /// The `inventory` field.
        public var inventory: IpRangeInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventories: The `inventories` field.
        ///   - inventory: The `inventory` field.
        public init(
            success: Bool? = nil,
            error: ErrorCode? = nil,
            inventories: IpRangeInventory? = nil,
            inventory: IpRangeInventory? = nil
        ) {
            self.success = success
            self.error = error
            self.inventories = inventories
            self.inventory = inventory
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventories = "inventories"
            case inventory = "inventory"
        }
    }
}

nonisolated extension ZStackClient {
    /// 通过网络CIDR添加IP地址范围(AddIpRangeByNetworkCidr)
    ///
    /// 通过网络CIDR添加IP地址范围
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ip-ranges/by-cidr`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - name: 三层网络的名称
    ///   - networkCidr: 网络CIDR
    ///   - description: 三层网络的详细描述
    ///   - gateway: 网关
    ///   - ipRangeType: 地址段类型
    ///   - resourceUuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addIpRangeByNetworkCidr(
        l3NetworkUuid: String,
        name: String,
        networkCidr: String,
        description: String? = nil,
        gateway: String? = nil,
        ipRangeType: AddIpRangeByNetworkCidrIpRangeType? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddIpRangeByNetworkCidr.Response {
        try await addIpRangeByNetworkCidr(
            AddIpRangeByNetworkCidr.Request(
                l3NetworkUuid: l3NetworkUuid,
                name: name,
                networkCidr: networkCidr,
                description: description,
                gateway: gateway,
                ipRangeType: ipRangeType,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// 通过网络CIDR添加IP地址范围(AddIpRangeByNetworkCidr)
    ///
    /// 通过网络CIDR添加IP地址范围
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ip-ranges/by-cidr`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addIpRangeByNetworkCidr(
        _ request: AddIpRangeByNetworkCidr.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddIpRangeByNetworkCidr.Response {
        var call = ZStackRequestBuilder(operation: AddIpRangeByNetworkCidr.operation)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.jsonBody = AddIpRangeByNetworkCidr.Body(request)
        return try await perform(call, polling: polling)
    }
}
