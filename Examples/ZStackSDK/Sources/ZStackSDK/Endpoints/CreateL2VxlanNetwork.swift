import HTTPTypes

/// 创建二层VXLAN网络(CreateL2VxlanNetwork)
///
/// 创建二层VXLAN网络
///
/// `POST /zstack/v1/l2-networks/vxlan`, asynchronous, authorization required.
///
/// Category: network.l2
public nonisolated enum CreateL2VxlanNetwork {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateL2VxlanNetwork",
        method: .post,
        pathTemplate: "/zstack/v1/l2-networks/vxlan",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// VXLAN资源池UUID
        public var poolUuid: String

        /// 资源名称
        public var name: String

        /// 区域UUID
        public var zoneUuid: String

        /// 物理网卡
        public var physicalInterface: String

        /// Vni号
        public var vni: Int?

        /// 资源的详细描述
        public var description: String?

        /// 二层网络类型
        public var type: String?

        /// 资源UUID。若指定，二层网络会使用该字段值作为UUID
        public var resourceUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 虚拟交换机类型
        public var vSwitchType: CreateL2VxlanNetworkVSwitchType?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// The `isolated` field.
        public var isolated: Bool?

        /// The `pvlan` field.
        public var pvlan: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - poolUuid: VXLAN资源池UUID
        ///   - name: 资源名称
        ///   - zoneUuid: 区域UUID
        ///   - physicalInterface: 物理网卡
        ///   - vni: Vni号
        ///   - description: 资源的详细描述
        ///   - type: 二层网络类型
        ///   - resourceUuid: 资源UUID。若指定，二层网络会使用该字段值作为UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - vSwitchType: 虚拟交换机类型
        ///   - tagUuids: 标签UUID列表
        ///   - isolated: The `isolated` field.
        ///   - pvlan: The `pvlan` field.
        public init(
            poolUuid: String,
            name: String,
            zoneUuid: String,
            physicalInterface: String,
            vni: Int? = nil,
            description: String? = nil,
            type: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            vSwitchType: CreateL2VxlanNetworkVSwitchType? = nil,
            tagUuids: [String]? = nil,
            isolated: Bool? = nil,
            pvlan: String? = nil
        ) {
            self.poolUuid = poolUuid
            self.name = name
            self.zoneUuid = zoneUuid
            self.physicalInterface = physicalInterface
            self.vni = vni
            self.description = description
            self.type = type
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.vSwitchType = vSwitchType
            self.tagUuids = tagUuids
            self.isolated = isolated
            self.pvlan = pvlan
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
            var vni: Int?
            var poolUuid: String
            var name: String
            var description: String?
            var zoneUuid: String
            var physicalInterface: String
            var type: String?
            var resourceUuid: String?
            var vSwitchType: CreateL2VxlanNetworkVSwitchType?
            var tagUuids: [String]?
            var isolated: Bool?
            var pvlan: String?

            init(_ request: Request) {
                self.vni = request.vni
                self.poolUuid = request.poolUuid
                self.name = request.name
                self.description = request.description
                self.zoneUuid = request.zoneUuid
                self.physicalInterface = request.physicalInterface
                self.type = request.type
                self.resourceUuid = request.resourceUuid
                self.vSwitchType = request.vSwitchType
                self.tagUuids = request.tagUuids
                self.isolated = request.isolated
                self.pvlan = request.pvlan
            }

            private enum CodingKeys: String, CodingKey {
                case vni = "vni"
                case poolUuid = "poolUuid"
                case name = "name"
                case description = "description"
                case zoneUuid = "zoneUuid"
                case physicalInterface = "physicalInterface"
                case type = "type"
                case resourceUuid = "resourceUuid"
                case vSwitchType = "vSwitchType"
                case tagUuids = "tagUuids"
                case isolated = "isolated"
                case pvlan = "pvlan"
            }
        }
    }

    /// 二层VXLAN网路清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: L2VxlanNetworkInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: L2VxlanNetworkInventory? = nil) {
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
    /// 创建二层VXLAN网络(CreateL2VxlanNetwork)
    ///
    /// 创建二层VXLAN网络
    ///
    /// `POST /zstack/v1/l2-networks/vxlan`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - poolUuid: VXLAN资源池UUID
    ///   - name: 资源名称
    ///   - zoneUuid: 区域UUID
    ///   - physicalInterface: 物理网卡
    ///   - vni: Vni号
    ///   - description: 资源的详细描述
    ///   - type: 二层网络类型
    ///   - resourceUuid: 资源UUID。若指定，二层网络会使用该字段值作为UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - vSwitchType: 虚拟交换机类型
    ///   - tagUuids: 标签UUID列表
    ///   - isolated: The `isolated` field.
    ///   - pvlan: The `pvlan` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 二层VXLAN网路清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createL2VxlanNetwork(
        poolUuid: String,
        name: String,
        zoneUuid: String,
        physicalInterface: String,
        vni: Int? = nil,
        description: String? = nil,
        type: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        vSwitchType: CreateL2VxlanNetworkVSwitchType? = nil,
        tagUuids: [String]? = nil,
        isolated: Bool? = nil,
        pvlan: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateL2VxlanNetwork.Response {
        try await createL2VxlanNetwork(
            CreateL2VxlanNetwork.Request(
                poolUuid: poolUuid,
                name: name,
                zoneUuid: zoneUuid,
                physicalInterface: physicalInterface,
                vni: vni,
                description: description,
                type: type,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                vSwitchType: vSwitchType,
                tagUuids: tagUuids,
                isolated: isolated,
                pvlan: pvlan
            ),
            polling: polling
        )
    }

    /// 创建二层VXLAN网络(CreateL2VxlanNetwork)
    ///
    /// 创建二层VXLAN网络
    ///
    /// `POST /zstack/v1/l2-networks/vxlan`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 二层VXLAN网路清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createL2VxlanNetwork(
        _ request: CreateL2VxlanNetwork.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateL2VxlanNetwork.Response {
        var call = ZStackRequestBuilder(operation: CreateL2VxlanNetwork.operation)
        call.jsonBody = CreateL2VxlanNetwork.Body(request)
        return try await perform(call, polling: polling)
    }
}
