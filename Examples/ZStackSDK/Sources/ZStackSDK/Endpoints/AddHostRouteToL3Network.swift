import HTTPTypes

/// AddHostRouteToL3Network
///
/// 向三层网络添加DNS主机路由
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/hostroute`, asynchronous, authorization required.
///
/// Category: network.l3
public nonisolated enum AddHostRouteToL3Network {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddHostRouteToL3Network",
        method: .post,
        pathTemplate: "/zstack/v1/l3-networks/{l3NetworkUuid}/hostroute",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 三层网络UUID
        public var l3NetworkUuid: String

        /// The `prefix` field.
        public var prefix: String

        /// The `nexthop` field.
        public var nexthop: String

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - prefix: The `prefix` field.
        ///   - nexthop: The `nexthop` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            l3NetworkUuid: String,
            prefix: String,
            nexthop: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.l3NetworkUuid = l3NetworkUuid
            self.prefix = prefix
            self.nexthop = nexthop
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
            var prefix: String
            var nexthop: String

            init(_ request: Request) {
                self.prefix = request.prefix
                self.nexthop = request.nexthop
            }

            private enum CodingKeys: String, CodingKey {
                case prefix = "prefix"
                case nexthop = "nexthop"
            }
        }
    }

    /// 三层网络清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: L3NetworkInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: L3NetworkInventory? = nil) {
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
    /// AddHostRouteToL3Network
    ///
    /// 向三层网络添加DNS主机路由
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/hostroute`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - prefix: The `prefix` field.
    ///   - nexthop: The `nexthop` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addHostRouteToL3Network(
        l3NetworkUuid: String,
        prefix: String,
        nexthop: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddHostRouteToL3Network.Response {
        try await addHostRouteToL3Network(
            AddHostRouteToL3Network.Request(
                l3NetworkUuid: l3NetworkUuid,
                prefix: prefix,
                nexthop: nexthop,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AddHostRouteToL3Network
    ///
    /// 向三层网络添加DNS主机路由
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/hostroute`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addHostRouteToL3Network(
        _ request: AddHostRouteToL3Network.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddHostRouteToL3Network.Response {
        var call = ZStackRequestBuilder(operation: AddHostRouteToL3Network.operation)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.jsonBody = AddHostRouteToL3Network.Body(request)
        return try await perform(call, polling: polling)
    }
}
