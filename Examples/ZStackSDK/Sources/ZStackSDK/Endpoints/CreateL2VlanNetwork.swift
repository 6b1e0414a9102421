import HTTPTypes

/// 创建二层Vlan网络(CreateL2VlanNetwork)
///
/// 创建二层Vlan网络
///
/// `POST /zstack/v1/l2-networks/vlan`, asynchronous, authorization required.
///
/// Category: 二层网络
public nonisolated enum CreateL2VlanNetwork {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateL2VlanNetwork",
        method: .post,
        pathTemplate: "/zstack/v1/l2-networks/vlan",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// Vlan号
        public var vlan: Int

        /// 普通二层网络名称
        public var name: String

        /// 区域UUID
        public var zoneUuid: String

        /// 物理网卡
        public var physicalInterface: String

        /// 普通二层网络的详细描述
        public var description: String?

        /// 二层网络类型
        public var type: String?

        /// 虚拟交换机类型
        public var vSwitchType: CreateL2VlanNetworkVSwitchType?

        /// 资源UUID。若指定，二层网络会使用该字段值作为UUID
        public var resourceUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// The `isolated` field.
        public var isolated: Bool?

        /// The `pvlan` field.
        public var pvlan: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vlan: Vlan号
        ///   - name: 普通二层网络名称
        ///   - zoneUuid: 区域UUID
        ///   - physicalInterface: 物理网卡
        ///   - description: 普通二层网络的详细描述
        ///   - type: 二层网络类型
        ///   - vSwitchType: 虚拟交换机类型
        ///   - resourceUuid: 资源UUID。若指定，二层网络会使用该字段值作为UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        ///   - isolated: The `isolated` field.
        ///   - pvlan: The `pvlan` field.
        public init(
            vlan: Int,
            name: String,
            zoneUuid: String,
            physicalInterface: String,
            description: String? = nil,
            type: String? = nil,
            vSwitchType: CreateL2VlanNetworkVSwitchType? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil,
            isolated: Bool? = nil,
            pvlan: String? = nil
        ) {
            self.vlan = vlan
            self.name = name
            self.zoneUuid = zoneUuid
            self.physicalInterface = physicalInterface
            self.description = description
            self.type = type
            self.vSwitchType = vSwitchType
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
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
            var vlan: Int
            var name: String
            var description: String?
            var zoneUuid: String
            var physicalInterface: String
            var type: String?
            var vSwitchType: CreateL2VlanNetworkVSwitchType?
            var resourceUuid: String?
            var tagUuids: [String]?
            var isolated: Bool?
            var pvlan: String?

            init(_ request: Request) {
                self.vlan = request.vlan
                self.name = request.name
                self.description = request.description
                self.zoneUuid = request.zoneUuid
                self.physicalInterface = request.physicalInterface
                self.type = request.type
                self.vSwitchType = request.vSwitchType
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
                self.isolated = request.isolated
                self.pvlan = request.pvlan
            }

            private enum CodingKeys: String, CodingKey {
                case vlan = "vlan"
                case name = "name"
                case description = "description"
                case zoneUuid = "zoneUuid"
                case physicalInterface = "physicalInterface"
                case type = "type"
                case vSwitchType = "vSwitchType"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case isolated = "isolated"
                case pvlan = "pvlan"
            }
        }
    }

    /// 二层网络清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: L2VlanNetworkInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: L2VlanNetworkInventory? = nil) {
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
    /// 创建二层Vlan网络(CreateL2VlanNetwork)
    ///
    /// 创建二层Vlan网络
    ///
    /// `POST /zstack/v1/l2-networks/vlan`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - vlan: Vlan号
    ///   - name: 普通二层网络名称
    ///   - zoneUuid: 区域UUID
    ///   - physicalInterface: 物理网卡
    ///   - description: 普通二层网络的详细描述
    ///   - type: 二层网络类型
    ///   - vSwitchType: 虚拟交换机类型
    ///   - resourceUuid: 资源UUID。若指定，二层网络会使用该字段值作为UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - isolated: The `isolated` field.
    ///   - pvlan: The `pvlan` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 二层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createL2VlanNetwork(
        vlan: Int,
        name: String,
        zoneUuid: String,
        physicalInterface: String,
        description: String? = nil,
        type: String? = nil,
        vSwitchType: CreateL2VlanNetworkVSwitchType? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        isolated: Bool? = nil,
        pvlan: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateL2VlanNetwork.Response {
        try await createL2VlanNetwork(
            CreateL2VlanNetwork.Request(
                vlan: vlan,
                name: name,
                zoneUuid: zoneUuid,
                physicalInterface: physicalInterface,
                description: description,
                type: type,
                vSwitchType: vSwitchType,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids,
                isolated: isolated,
                pvlan: pvlan
            ),
            polling: polling
        )
    }

    /// 创建二层Vlan网络(CreateL2VlanNetwork)
    ///
    /// 创建二层Vlan网络
    ///
    /// `POST /zstack/v1/l2-networks/vlan`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 二层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createL2VlanNetwork(
        _ request: CreateL2VlanNetwork.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateL2VlanNetwork.Response {
        var call = ZStackRequestBuilder(operation: CreateL2VlanNetwork.operation)
        call.jsonBody = CreateL2VlanNetwork.Body(request)
        return try await perform(call, polling: polling)
    }
}
