import HTTPTypes

/// GetHostNetworkInterfaceLldp
///
/// 获取物理网口lldp信息
///
/// `GET /zstack/v1/hostNetworkInterface/lldp/{interfaceUuid}/info`, synchronous, authorization required.
///
/// Category: hostNetwork.lldp
public nonisolated enum GetHostNetworkInterfaceLldp {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetHostNetworkInterfaceLldp",
        method: .get,
        pathTemplate: "/zstack/v1/hostNetworkInterface/lldp/{interfaceUuid}/info",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 物理网口Uuid
        public var interfaceUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - interfaceUuid: 物理网口Uuid
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(interfaceUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.interfaceUuid = interfaceUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 获取物理网口lldp信息
    public struct Response: Codable, Sendable, Hashable {
        /// 物理网卡lldp信息清单
        public var lldp: HostNetworkInterfaceLldpRefInventory?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - lldp: 物理网卡lldp信息清单
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(lldp: HostNetworkInterfaceLldpRefInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.lldp = lldp
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case lldp = "lldp"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetHostNetworkInterfaceLldp
    ///
    /// 获取物理网口lldp信息
    ///
    /// `GET /zstack/v1/hostNetworkInterface/lldp/{interfaceUuid}/info`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - interfaceUuid: 物理网口Uuid
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取物理网口lldp信息
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getHostNetworkInterfaceLldp(
        interfaceUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetHostNetworkInterfaceLldp.Response {
        try await getHostNetworkInterfaceLldp(
            GetHostNetworkInterfaceLldp.Request(
                interfaceUuid: interfaceUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetHostNetworkInterfaceLldp
    ///
    /// 获取物理网口lldp信息
    ///
    /// `GET /zstack/v1/hostNetworkInterface/lldp/{interfaceUuid}/info`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取物理网口lldp信息
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getHostNetworkInterfaceLldp(
        _ request: GetHostNetworkInterfaceLldp.Request
    ) async throws -> GetHostNetworkInterfaceLldp.Response {
        var call = ZStackRequestBuilder(operation: GetHostNetworkInterfaceLldp.operation)
        call.setPathParameter("interfaceUuid", to: request.interfaceUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
