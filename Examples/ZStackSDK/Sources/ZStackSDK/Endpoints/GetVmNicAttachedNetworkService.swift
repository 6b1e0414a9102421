import HTTPTypes

/// 获取网卡加载的网络服务名称(GetVmNicAttachedNetworkService)
///
/// 获取一个网卡已加载的网络服务名称
///
/// `GET /zstack/v1/vm-instances/nics/{vmNicUuid}/attached-networkservices`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetVmNicAttachedNetworkService {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetVmNicAttachedNetworkService",
        method: .get,
        pathTemplate: "/zstack/v1/vm-instances/nics/{vmNicUuid}/attached-networkservices",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云主机网卡UUID
        public var vmNicUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmNicUuid: 云主机网卡UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(vmNicUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.vmNicUuid = vmNicUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 网卡已加载的网络服务名称
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `success` field.
        public var success: Bool?

        /// The `networkServices` field.
        public var networkServices: [String]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        ///   - networkServices: The `networkServices` field.
        public init(error: ErrorCode? = nil, success: Bool? = nil, networkServices: [String]? = nil) {
            self.error = error
            self.success = success
            self.networkServices = networkServices
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case success = "success"
            case networkServices = "networkServices"
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取网卡加载的网络服务名称(GetVmNicAttachedNetworkService)
    ///
    /// 获取一个网卡已加载的网络服务名称
    ///
    /// `GET /zstack/v1/vm-instances/nics/{vmNicUuid}/attached-networkservices`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 网卡已加载的网络服务名称
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmNicAttachedNetworkService(
        vmNicUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetVmNicAttachedNetworkService.Response {
        try await getVmNicAttachedNetworkService(
            GetVmNicAttachedNetworkService.Request(vmNicUuid: vmNicUuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// 获取网卡加载的网络服务名称(GetVmNicAttachedNetworkService)
    ///
    /// 获取一个网卡已加载的网络服务名称
    ///
    /// `GET /zstack/v1/vm-instances/nics/{vmNicUuid}/attached-networkservices`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 网卡已加载的网络服务名称
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmNicAttachedNetworkService(
        _ request: GetVmNicAttachedNetworkService.Request
    ) async throws -> GetVmNicAttachedNetworkService.Response {
        var call = ZStackRequestBuilder(operation: GetVmNicAttachedNetworkService.operation)
        call.setPathParameter("vmNicUuid", to: request.vmNicUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
