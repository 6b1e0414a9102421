import HTTPTypes

/// 获取云主机Hostname(GetVmHostname)
///
/// 获取云主机指定的Hostname。该Hostname是用户之前用SetVmHostname指定的。
///
/// `GET /zstack/v1/vm-instances/{uuid}/hostnames`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetVmHostname {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetVmHostname",
        method: .get,
        pathTemplate: "/zstack/v1/vm-instances/{uuid}/hostnames",
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

    /// 云主机hostname
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `success` field.
        public var success: Bool?

        /// 云主机hostname
        public var hostname: String?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        ///   - hostname: 云主机hostname
        public init(error: ErrorCode? = nil, success: Bool? = nil, hostname: String? = nil) {
            self.error = error
            self.success = success
            self.hostname = hostname
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case success = "success"
            case hostname = "hostname"
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取云主机Hostname(GetVmHostname)
    ///
    /// 获取云主机指定的Hostname。该Hostname是用户之前用SetVmHostname指定的。
    ///
    /// `GET /zstack/v1/vm-instances/{uuid}/hostnames`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - uuid: 云主机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 云主机hostname
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmHostname(
        uuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetVmHostname.Response {
        try await getVmHostname(
            GetVmHostname.Request(uuid: uuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// 获取云主机Hostname(GetVmHostname)
    ///
    /// 获取云主机指定的Hostname。该Hostname是用户之前用SetVmHostname指定的。
    ///
    /// `GET /zstack/v1/vm-instances/{uuid}/hostnames`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机hostname
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmHostname(
        _ request: GetVmHostname.Request
    ) async throws -> GetVmHostname.Response {
        var call = ZStackRequestBuilder(operation: GetVmHostname.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
