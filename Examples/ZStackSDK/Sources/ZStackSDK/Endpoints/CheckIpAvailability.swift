import HTTPTypes

/// 检查IP可用性(CheckIpAvailability)
///
/// 检查IP可用性
///
/// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/ip/{ip}/availability`, synchronous, authorization required.
///
/// Category: 三层网络
public nonisolated enum CheckIpAvailability {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CheckIpAvailability",
        method: .get,
        pathTemplate: "/zstack/v1/l3-networks/{l3NetworkUuid}/ip/{ip}/availability",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 三层网络UUID
        public var l3NetworkUuid: String

        /// IP地址
        public var ip: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 使用arping检测
        public var arpCheck: Bool?

        /// 在数据库可用地址段内检测
        public var ipRangeCheck: Bool?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - ip: IP地址
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - arpCheck: 使用arping检测
        ///   - ipRangeCheck: 在数据库可用地址段内检测
        public init(
            l3NetworkUuid: String,
            ip: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            arpCheck: Bool? = nil,
            ipRangeCheck: Bool? = nil
        ) {
            self.l3NetworkUuid = l3NetworkUuid
            self.ip = ip
            self.systemTags = systemTags
            self.userTags = userTags
            self.arpCheck = arpCheck
            self.ipRangeCheck = ipRangeCheck
        }
    }

    /// 可用性结果
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 可用
        public var available: Bool?

        /// 原因
        public var reason: String?

        /// 成功
        public var success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - available: 可用
        ///   - reason: 原因
        ///   - success: 成功
        public init(error: ErrorCode? = nil, available: Bool? = nil, reason: String? = nil, success: Bool? = nil) {
            self.error = error
            self.available = available
            self.reason = reason
            self.success = success
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case available = "available"
            case reason = "reason"
            case success = "success"
        }
    }
}

nonisolated extension ZStackClient {
    /// 检查IP可用性(CheckIpAvailability)
    ///
    /// 检查IP可用性
    ///
    /// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/ip/{ip}/availability`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - ip: IP地址
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - arpCheck: 使用arping检测
    ///   - ipRangeCheck: 在数据库可用地址段内检测
    /// - Returns: 可用性结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func checkIpAvailability(
        l3NetworkUuid: String,
        ip: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        arpCheck: Bool? = nil,
        ipRangeCheck: Bool? = nil
    ) async throws -> CheckIpAvailability.Response {
        try await checkIpAvailability(
            CheckIpAvailability.Request(
                l3NetworkUuid: l3NetworkUuid,
                ip: ip,
                systemTags: systemTags,
                userTags: userTags,
                arpCheck: arpCheck,
                ipRangeCheck: ipRangeCheck
            )
        )
    }

    /// 检查IP可用性(CheckIpAvailability)
    ///
    /// 检查IP可用性
    ///
    /// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/ip/{ip}/availability`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 可用性结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func checkIpAvailability(
        _ request: CheckIpAvailability.Request
    ) async throws -> CheckIpAvailability.Response {
        var call = ZStackRequestBuilder(operation: CheckIpAvailability.operation)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.setPathParameter("ip", to: request.ip)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        call.appendQueryItem("arpCheck", value: request.arpCheck.map { "\($0)" })
        call.appendQueryItem("ipRangeCheck", value: request.ipRangeCheck.map { "\($0)" })
        return try await perform(call)
    }
}
