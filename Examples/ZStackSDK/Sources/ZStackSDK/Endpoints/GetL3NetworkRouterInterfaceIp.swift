import HTTPTypes

/// GetL3NetworkRouterInterfaceIp
///
/// 获取三层网络上路由器的接口地址
///
/// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/router-interface-ip`, synchronous, authorization required.
///
/// Category: network.l3
public nonisolated enum GetL3NetworkRouterInterfaceIp {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetL3NetworkRouterInterfaceIp",
        method: .get,
        pathTemplate: "/zstack/v1/l3-networks/{l3NetworkUuid}/router-interface-ip",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 三层网络UUID
        public var l3NetworkUuid: String

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(l3NetworkUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.l3NetworkUuid = l3NetworkUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 获取三层网络上路由器接口地址回复
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 三层网络上路由器的接口地址，仅当会在普通三层网络上创建云路由器或在VPC网络上加载VPC路由器时有效
        public var routerInterfaceIp: String?

        /// The `success` field.
        public var success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - routerInterfaceIp: 三层网络上路由器的接口地址，仅当会在普通三层网络上创建云路由器或在VPC网络上加载VPC路由器时有效
        ///   - success: The `success` field.
        public init(error: ErrorCode? = nil, routerInterfaceIp: String? = nil, success: Bool? = nil) {
            self.error = error
            self.routerInterfaceIp = routerInterfaceIp
            self.success = success
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case routerInterfaceIp = "routerInterfaceIp"
            case success = "success"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetL3NetworkRouterInterfaceIp
    ///
    /// 获取三层网络上路由器的接口地址
    ///
    /// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/router-interface-ip`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    /// - Returns: 获取三层网络上路由器接口地址回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getL3NetworkRouterInterfaceIp(
        l3NetworkUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetL3NetworkRouterInterfaceIp.Response {
        try await getL3NetworkRouterInterfaceIp(
            GetL3NetworkRouterInterfaceIp.Request(
                l3NetworkUuid: l3NetworkUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetL3NetworkRouterInterfaceIp
    ///
    /// 获取三层网络上路由器的接口地址
    ///
    /// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/router-interface-ip`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取三层网络上路由器接口地址回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getL3NetworkRouterInterfaceIp(
        _ request: GetL3NetworkRouterInterfaceIp.Request
    ) async throws -> GetL3NetworkRouterInterfaceIp.Response {
        var call = ZStackRequestBuilder(operation: GetL3NetworkRouterInterfaceIp.operation)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
