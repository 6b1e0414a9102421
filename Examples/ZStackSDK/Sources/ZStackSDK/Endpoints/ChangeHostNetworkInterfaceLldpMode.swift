import HTTPTypes

/// ChangeHostNetworkInterfaceLldpMode
///
/// 修改lldp的工作模式
///
/// `PUT /zstack/v1/hostNetworkInterface/lldp/actions`, asynchronous, authorization required.
///
/// Category: hostNetwork.lldp
public nonisolated enum ChangeHostNetworkInterfaceLldpMode {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ChangeHostNetworkInterfaceLldpMode",
        method: .put,
        pathTemplate: "/zstack/v1/hostNetworkInterface/lldp/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 物理网口Uuids
        public var interfaceUuids: [String]

        /// lldp工作模式
        public var mode: ChangeHostNetworkInterfaceLldpModeMode?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - interfaceUuids: 物理网口Uuids
        ///   - mode: lldp工作模式
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            interfaceUuids: [String],
            mode: ChangeHostNetworkInterfaceLldpModeMode? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.interfaceUuids = interfaceUuids
            self.mode = mode
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"changeHostNetworkInterfaceLldpMode": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "changeHostNetworkInterfaceLldpMode"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var interfaceUuids: [String]
            var mode: ChangeHostNetworkInterfaceLldpModeMode?

            init(_ request: Request) {
                self.interfaceUuids = request.interfaceUuids
                self.mode = request.mode
            }

            private enum CodingKeys: String, CodingKey {
                case interfaceUuids = "interfaceUuids"
                case mode = "mode"
            }
        }
    }

    /// 修改lldp的工作模式
    public struct Response: Codable, Sendable, Hashable {
        /// 物理网卡lldp配置清单
        public var inventories: [HostNetworkInterfaceLldpInventory]?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - inventories: 物理网卡lldp配置清单
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(
            inventories: [HostNetworkInterfaceLldpInventory]? = nil,
            success: Bool? = nil,
            error: ErrorCode? = nil
        ) {
            self.inventories = inventories
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case inventories = "inventories"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// ChangeHostNetworkInterfaceLldpMode
    ///
    /// 修改lldp的工作模式
    ///
    /// `PUT /zstack/v1/hostNetworkInterface/lldp/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - interfaceUuids: 物理网口Uuids
    ///   - mode: lldp工作模式
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 修改lldp的工作模式
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeHostNetworkInterfaceLldpMode(
        interfaceUuids: [String],
        mode: ChangeHostNetworkInterfaceLldpModeMode? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeHostNetworkInterfaceLldpMode.Response {
        try await changeHostNetworkInterfaceLldpMode(
            ChangeHostNetworkInterfaceLldpMode.Request(
                interfaceUuids: interfaceUuids,
                mode: mode,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// ChangeHostNetworkInterfaceLldpMode
    ///
    /// 修改lldp的工作模式
    ///
    /// `PUT /zstack/v1/hostNetworkInterface/lldp/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 修改lldp的工作模式
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeHostNetworkInterfaceLldpMode(
        _ request: ChangeHostNetworkInterfaceLldpMode.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeHostNetworkInterfaceLldpMode.Response {
        var call = ZStackRequestBuilder(operation: ChangeHostNetworkInterfaceLldpMode.operation)
        call.jsonBody = ChangeHostNetworkInterfaceLldpMode.Body(request)
        return try await perform(call, polling: polling)
    }
}
