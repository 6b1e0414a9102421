import HTTPTypes

/// SetL3NetworkRouterInterfaceIp
///
/// 设置三层网络上路由器接口地址，仅当会在普通三层网络上创建云路由器或在VPC网络上加载VPC路由器时有效
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/router-interface-ip`, asynchronous, authorization required.
///
/// Category: network.l3
public nonisolated enum SetL3NetworkRouterInterfaceIp {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "SetL3NetworkRouterInterfaceIp",
        method: .post,
        pathTemplate: "/zstack/v1/l3-networks/{l3NetworkUuid}/router-interface-ip",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 三层网络UUID
        public var l3NetworkUuid: String

        /// The `routerInterfaceIp` field.
        public var routerInterfaceIp: String

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - routerInterfaceIp: The `routerInterfaceIp` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            l3NetworkUuid: String,
            routerInterfaceIp: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.l3NetworkUuid = l3NetworkUuid
            self.routerInterfaceIp = routerInterfaceIp
            self.systemTags = systemTags
            self.userTags = userTags
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
            var routerInterfaceIp: String

            init(_ request: Request) {
                self.routerInterfaceIp = request.routerInterfaceIp
            }

            private enum CodingKeys: String, CodingKey {
                case routerInterfaceIp = "routerInterfaceIp"
            }
        }
    }

    /// The reply's fields.
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `success` field.
        public var success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        public init(error: ErrorCode? = nil, success: Bool? = nil) {
            self.error = error
            self.success = success
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case success = "success"
        }
    }
}

nonisolated extension ZStackClient {
    /// SetL3NetworkRouterInterfaceIp
    ///
    /// 设置三层网络上路由器接口地址，仅当会在普通三层网络上创建云路由器或在VPC网络上加载VPC路由器时有效
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/router-interface-ip`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - routerInterfaceIp: The `routerInterfaceIp` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setL3NetworkRouterInterfaceIp(
        l3NetworkUuid: String,
        routerInterfaceIp: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> SetL3NetworkRouterInterfaceIp.Response {
        try await setL3NetworkRouterInterfaceIp(
            SetL3NetworkRouterInterfaceIp.Request(
                l3NetworkUuid: l3NetworkUuid,
                routerInterfaceIp: routerInterfaceIp,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// SetL3NetworkRouterInterfaceIp
    ///
    /// 设置三层网络上路由器接口地址，仅当会在普通三层网络上创建云路由器或在VPC网络上加载VPC路由器时有效
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/router-interface-ip`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setL3NetworkRouterInterfaceIp(
        _ request: SetL3NetworkRouterInterfaceIp.Request,
        polling: ZStackPolling? = nil
    ) async throws -> SetL3NetworkRouterInterfaceIp.Response {
        var call = ZStackRequestBuilder(operation: SetL3NetworkRouterInterfaceIp.operation)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.jsonBody = SetL3NetworkRouterInterfaceIp.Body(request)
        return try await perform(call, polling: polling)
    }
}
