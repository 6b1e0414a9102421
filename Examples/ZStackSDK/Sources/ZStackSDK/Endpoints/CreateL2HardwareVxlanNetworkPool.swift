import HTTPTypes

/// CreateL2HardwareVxlanNetworkPool
///
/// 创建硬件VXLAN资源池
///
/// `POST /zstack/v1/l2-networks/hardware-vxlan-pool`, asynchronous, authorization required.
///
/// Category: network.l2
public nonisolated enum CreateL2HardwareVxlanNetworkPool {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateL2HardwareVxlanNetworkPool",
        method: .post,
        pathTemplate: "/zstack/v1/l2-networks/hardware-vxlan-pool",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// SDN控制器UUID
        public var sdnControllerUuid: String

        /// 资源名称
        public var name: String

        /// 区域UUID
        public var zoneUuid: String

        /// 物理网卡
        public var physicalInterface: String

        /// 资源的详细描述
        public var description: String?

        /// 二层网络类型
        public var type: String?

        /// 资源UUID。若指定，二层网络会使用该字段值作为UUID
        public var resourceUuid: String?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 虚拟交换机类型
        public var vSwitchType: CreateL2HardwareVxlanNetworkPoolVSwitchType?

        /// The `isolated` field.
        public var isolated: Bool?

        /// The `pvlan` field.
        public var pvlan: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - sdnControllerUuid: SDN控制器UUID
        ///   - name: 资源名称
        ///   - zoneUuid: 区域UUID
        ///   - physicalInterface: 物理网卡
        ///   - description: 资源的详细描述
        ///   - type: 二层网络类型
        ///   - resourceUuid: 资源UUID。若指定，二层网络会使用该字段值作为UUID
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - vSwitchType: 虚拟交换机类型
        ///   - isolated: The `isolated` field.
        ///   - pvlan: The `pvlan` field.
        public init(
            sdnControllerUuid: String,
            name: String,
            zoneUuid: String,
            physicalInterface: String,
            description: String? = nil,
            type: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            vSwitchType: CreateL2HardwareVxlanNetworkPoolVSwitchType? = nil,
            isolated: Bool? = nil,
            pvlan: String? = nil
        ) {
            self.sdnControllerUuid = sdnControllerUuid
            self.name = name
            self.zoneUuid = zoneUuid
            self.physicalInterface = physicalInterface
            self.description = description
            self.type = type
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
            self.systemTags = systemTags
            self.userTags = userTags
            self.vSwitchType = vSwitchType
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
            var sdnControllerUuid: String
            var name: String
            var description: String?
            var zoneUuid: String
            var physicalInterface: String
            var type: String?
            var resourceUuid: String?
            var tagUuids: [String]?
            var vSwitchType: CreateL2HardwareVxlanNetworkPoolVSwitchType?
            var isolated: Bool?
            var pvlan: String?

            init(_ request: Request) {
                self.sdnControllerUuid = request.sdnControllerUuid
                self.name = request.name
                self.description = request.description
                self.zoneUuid = request.zoneUuid
                self.physicalInterface = request.physicalInterface
                self.type = request.type
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
                self.vSwitchType = request.vSwitchType
                self.isolated = request.isolated
                self.pvlan = request.pvlan
            }

            private enum CodingKeys: String, CodingKey {
                case sdnControllerUuid = "sdnControllerUuid"
                case name = "name"
                case description = "description"
                case zoneUuid = "zoneUuid"
                case physicalInterface = "physicalInterface"
                case type = "type"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case vSwitchType = "vSwitchType"
                case isolated = "isolated"
                case pvlan = "pvlan"
            }
        }
    }

    /// 硬件VXLAN资源池清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: HardwareL2VxlanNetworkPoolInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(
            success: Bool? = nil,
            error: ErrorCode? = nil,
            inventory: HardwareL2VxlanNetworkPoolInventory? = nil
        ) {
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
    /// CreateL2HardwareVxlanNetworkPool
    ///
    /// 创建硬件VXLAN资源池
    ///
    /// `POST /zstack/v1/l2-networks/hardware-vxlan-pool`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - sdnControllerUuid: SDN控制器UUID
    ///   - name: 资源名称
    ///   - zoneUuid: 区域UUID
    ///   - physicalInterface: 物理网卡
    ///   - description: 资源的详细描述
    ///   - type: 二层网络类型
    ///   - resourceUuid: 资源UUID。若指定，二层网络会使用该字段值作为UUID
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - vSwitchType: 虚拟交换机类型
    ///   - isolated: The `isolated` field.
    ///   - pvlan: The `pvlan` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 硬件VXLAN资源池清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createL2HardwareVxlanNetworkPool(
        sdnControllerUuid: String,
        name: String,
        zoneUuid: String,
        physicalInterface: String,
        description: String? = nil,
        type: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        vSwitchType: CreateL2HardwareVxlanNetworkPoolVSwitchType? = nil,
        isolated: Bool? = nil,
        pvlan: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateL2HardwareVxlanNetworkPool.Response {
        try await createL2HardwareVxlanNetworkPool(
            CreateL2HardwareVxlanNetworkPool.Request(
                sdnControllerUuid: sdnControllerUuid,
                name: name,
                zoneUuid: zoneUuid,
                physicalInterface: physicalInterface,
                description: description,
                type: type,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags,
                vSwitchType: vSwitchType,
                isolated: isolated,
                pvlan: pvlan
            ),
            polling: polling
        )
    }

    /// CreateL2HardwareVxlanNetworkPool
    ///
    /// 创建硬件VXLAN资源池
    ///
    /// `POST /zstack/v1/l2-networks/hardware-vxlan-pool`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 硬件VXLAN资源池清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createL2HardwareVxlanNetworkPool(
        _ request: CreateL2HardwareVxlanNetworkPool.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateL2HardwareVxlanNetworkPool.Response {
        var call = ZStackRequestBuilder(operation: CreateL2HardwareVxlanNetworkPool.operation)
        call.jsonBody = CreateL2HardwareVxlanNetworkPool.Body(request)
        return try await perform(call, polling: polling)
    }
}
