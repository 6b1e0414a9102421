import HTTPTypes

/// 添加IP地址范围(AddIpv6Range)
///
/// 添加IPv6地址范围
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ipv6-ranges`, asynchronous, authorization required.
///
/// Category: 三层网络
public nonisolated enum AddIpv6Range {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddIpv6Range",
        method: .post,
        pathTemplate: "/zstack/v1/l3-networks/{l3NetworkUuid}/ipv6-ranges",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 三层网络UUID
        public var l3NetworkUuid: String

        /// 三层网络的名称
        public var name: String

        /// 起始地址
        public var startIp: String

        /// 结束地址
        public var endIp: String

        /// 网关
        public var gateway: String

        /// 前缀长度
        public var prefixLen: Int

        /// IPv6地址分配模式
        public var addressMode: AddIpv6RangeAddressMode

        /// 三层网络的详细描述
        public var description: String?

        /// 地址段类型
        public var ipRangeType: AddIpv6RangeIpRangeType?

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
        ///   - startIp: 起始地址
        ///   - endIp: 结束地址
        ///   - gateway: 网关
        ///   - prefixLen: 前缀长度
        ///   - addressMode: IPv6地址分配模式
        ///   - description: 三层网络的详细描述
        ///   - ipRangeType: 地址段类型
        ///   - resourceUuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            l3NetworkUuid: String,
            name: String,
            startIp: String,
            endIp: String,
            gateway: String,
            prefixLen: Int,
            addressMode: AddIpv6RangeAddressMode,
            description: String? = nil,
            ipRangeType: AddIpv6RangeIpRangeType? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.l3NetworkUuid = l3NetworkUuid
            self.name = name
            self.startIp = startIp
            self.endIp = endIp
            self.gateway = gateway
            self.prefixLen = prefixLen
            self.addressMode = addressMode
            self.description = description
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
            var startIp: String
            var endIp: String
            var gateway: String
            var prefixLen: Int
            var addressMode: AddIpv6RangeAddressMode
            var ipRangeType: AddIpv6RangeIpRangeType?
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.startIp = request.startIp
                self.endIp = request.endIp
                self.gateway = request.gateway
                self.prefixLen = request.prefixLen
                self.addressMode = request.addressMode
                self.ipRangeType = request.ipRangeType
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case startIp = "startIp"
                case endIp = "endIp"
                case gateway = "gateway"
                case prefixLen = "prefixLen"
                case addressMode = "addressMode"
                case ipRangeType = "ipRangeType"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// IP地址范围清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: IpRangeInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: IpRangeInventory? = nil) {
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
    /// 添加IP地址范围(AddIpv6Range)
    ///
    /// 添加IPv6地址范围
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ipv6-ranges`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - name: 三层网络的名称
    ///   - startIp: 起始地址
    ///   - endIp: 结束地址
    ///   - gateway: 网关
    ///   - prefixLen: 前缀长度
    ///   - addressMode: IPv6地址分配模式
    ///   - description: 三层网络的详细描述
    ///   - ipRangeType: 地址段类型
    ///   - resourceUuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: IP地址范围清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addIpv6Range(
        l3NetworkUuid: String,
        name: String,
        startIp: String,
        endIp: String,
        gateway: String,
        prefixLen: Int,
        addressMode: AddIpv6RangeAddressMode,
        description: String? = nil,
        ipRangeType: AddIpv6RangeIpRangeType? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddIpv6Range.Response {
        try await addIpv6Range(
            AddIpv6Range.Request(
                l3NetworkUuid: l3NetworkUuid,
                name: name,
                startIp: startIp,
                endIp: endIp,
                gateway: gateway,
                prefixLen: prefixLen,
                addressMode: addressMode,
                description: description,
                ipRangeType: ipRangeType,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// 添加IP地址范围(AddIpv6Range)
    ///
    /// 添加IPv6地址范围
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ipv6-ranges`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: IP地址范围清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addIpv6Range(
        _ request: AddIpv6Range.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddIpv6Range.Response {
        var call = ZStackRequestBuilder(operation: AddIpv6Range.operation)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.jsonBody = AddIpv6Range.Body(request)
        return try await perform(call, polling: polling)
    }
}
