import HTTPTypes

/// ChangeL3NetworkDhcpIpAddress
///
/// 修改DHCP服务器地址
///
/// `PUT /zstack/v1/l3-networks/{l3NetworkUuid}/dhcp-ip`, asynchronous, authorization required.
///
/// Category: flat.dhcp
public nonisolated enum ChangeL3NetworkDhcpIpAddress {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ChangeL3NetworkDhcpIpAddress",
        method: .put,
        pathTemplate: "/zstack/v1/l3-networks/{l3NetworkUuid}/dhcp-ip",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 三层网络UUID
        public var l3NetworkUuid: String

        /// DHCP v4 服务器地址
        public var dhcpServerIp: String?

        /// DHCP v6 服务器地址
        public var dhcpv6ServerIp: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - dhcpServerIp: DHCP v4 服务器地址
        ///   - dhcpv6ServerIp: DHCP v6 服务器地址
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            l3NetworkUuid: String,
            dhcpServerIp: String? = nil,
            dhcpv6ServerIp: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.l3NetworkUuid = l3NetworkUuid
            self.dhcpServerIp = dhcpServerIp
            self.dhcpv6ServerIp = dhcpv6ServerIp
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"changeL3NetworkDhcpIpAddress": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "changeL3NetworkDhcpIpAddress"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var dhcpServerIp: String?
            var dhcpv6ServerIp: String?

            init(_ request: Request) {
                self.dhcpServerIp = request.dhcpServerIp
                self.dhcpv6ServerIp = request.dhcpv6ServerIp
            }

            private enum CodingKeys: String, CodingKey {
                case dhcpServerIp = "dhcpServerIp"
                case dhcpv6ServerIp = "dhcpv6ServerIp"
            }
        }
    }

    /// 修改DHCP服务器地址清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `dhcpServerIp` field.
        public var dhcpServerIp: String?

        /// The `dhcpv6ServerIp` field.
        public var dhcpv6ServerIp: String?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - dhcpServerIp: The `dhcpServerIp` field.
        ///   - dhcpv6ServerIp: The `dhcpv6ServerIp` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(
            dhcpServerIp: String? = nil,
            dhcpv6ServerIp: String? = nil,
            success: Bool? = nil,
            error: ErrorCode? = nil
        ) {
            self.dhcpServerIp = dhcpServerIp
            self.dhcpv6ServerIp = dhcpv6ServerIp
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case dhcpServerIp = "dhcpServerIp"
            case dhcpv6ServerIp = "dhcpv6ServerIp"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// ChangeL3NetworkDhcpIpAddress
    ///
    /// 修改DHCP服务器地址
    ///
    /// `PUT /zstack/v1/l3-networks/{l3NetworkUuid}/dhcp-ip`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - dhcpServerIp: DHCP v4 服务器地址
    ///   - dhcpv6ServerIp: DHCP v6 服务器地址
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 修改DHCP服务器地址清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeL3NetworkDhcpIpAddress(
        l3NetworkUuid: String,
        dhcpServerIp: String? = nil,
        dhcpv6ServerIp: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeL3NetworkDhcpIpAddress.Response {
        try await changeL3NetworkDhcpIpAddress(
            ChangeL3NetworkDhcpIpAddress.Request(
                l3NetworkUuid: l3NetworkUuid,
                dhcpServerIp: dhcpServerIp,
                dhcpv6ServerIp: dhcpv6ServerIp,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// ChangeL3NetworkDhcpIpAddress
    ///
    /// 修改DHCP服务器地址
    ///
    /// `PUT /zstack/v1/l3-networks/{l3NetworkUuid}/dhcp-ip`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 修改DHCP服务器地址清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeL3NetworkDhcpIpAddress(
        _ request: ChangeL3NetworkDhcpIpAddress.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeL3NetworkDhcpIpAddress.Response {
        var call = ZStackRequestBuilder(operation: ChangeL3NetworkDhcpIpAddress.operation)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.jsonBody = ChangeL3NetworkDhcpIpAddress.Body(request)
        return try await perform(call, polling: polling)
    }
}
