import HTTPTypes

/// 获得云主机启动设备列表(GetVmBootOrder)
///
/// 获得一个云主机的启动设备列表
///
/// `GET /zstack/v1/vm-instances/{uuid}/boot-orders`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetVmBootOrder {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetVmBootOrder",
        method: .get,
        pathTemplate: "/zstack/v1/vm-instances/{uuid}/boot-orders",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云主机UUID
        public var uuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 云主机UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 云主机清单
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `success` field.
        public var success: Bool?

        /// 启动设备列表
        public var orders: [String]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        ///   - orders: 启动设备列表
        public init(error: ErrorCode? = nil, success: Bool? = nil, orders: [String]? = nil) {
            self.error = error
            self.success = success
            self.orders = orders
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case success = "success"
            case orders = "orders"
        }
    }
}

nonisolated extension ZStackClient {
    /// 获得云主机启动设备列表(GetVmBootOrder)
    ///
    /// 获得一个云主机的启动设备列表
    ///
    /// `GET /zstack/v1/vm-instances/{uuid}/boot-orders`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - uuid: 云主机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmBootOrder(
        uuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetVmBootOrder.Response {
        try await getVmBootOrder(
            GetVmBootOrder.Request(uuid: uuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// 获得云主机启动设备列表(GetVmBootOrder)
    ///
    /// 获得一个云主机的启动设备列表
    ///
    /// `GET /zstack/v1/vm-instances/{uuid}/boot-orders`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmBootOrder(
        _ request: GetVmBootOrder.Request
    ) async throws -> GetVmBootOrder.Response {
        var call = ZStackRequestBuilder(operation: GetVmBootOrder.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
