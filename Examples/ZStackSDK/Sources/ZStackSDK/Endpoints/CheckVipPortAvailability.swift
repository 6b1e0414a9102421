import HTTPTypes

/// CheckVipPortAvailability
///
/// 检查VIP端口是否空闲
///
/// `GET /zstack/v1/vips/{vipUuid}/check-port-availability`, synchronous, authorization required.
///
/// Category: vip
public nonisolated enum CheckVipPortAvailability {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CheckVipPortAvailability",
        method: .get,
        pathTemplate: "/zstack/v1/vips/{vipUuid}/check-port-availability",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// VIP UUID
        public var vipUuid: String

        /// The `port` field.
        public var port: Int

        /// The `protocolType` field.
        public var protocolType: CheckVipPortAvailabilityProtocolType

        /// The `limit` field.
        public var limit: Int?

        /// The `start` field.
        public var start: Int?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vipUuid: VIP UUID
        ///   - port: The `port` field.
        ///   - protocolType: The `protocolType` field.
        ///   - limit: The `limit` field.
        ///   - start: The `start` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            vipUuid: String,
            port: Int,
            protocolType: CheckVipPortAvailabilityProtocolType,
            limit: Int? = nil,
            start: Int? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.vipUuid = vipUuid
            self.port = port
            self.protocolType = protocolType
            self.limit = limit
            self.start = start
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 检查VIP端口是否空闲
    public struct Response: Codable, Sendable, Hashable {
        /// The `available` field.
        public var available: Bool?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - available: The `available` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(available: Bool? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.available = available
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case available = "available"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// CheckVipPortAvailability
    ///
    /// 检查VIP端口是否空闲
    ///
    /// `GET /zstack/v1/vips/{vipUuid}/check-port-availability`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - vipUuid: VIP UUID
    ///   - port: The `port` field.
    ///   - protocolType: The `protocolType` field.
    ///   - limit: The `limit` field.
    ///   - start: The `start` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 检查VIP端口是否空闲
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func checkVipPortAvailability(
        vipUuid: String,
        port: Int,
        protocolType: CheckVipPortAvailabilityProtocolType,
        limit: Int? = nil,
        start: Int? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> CheckVipPortAvailability.Response {
        try await checkVipPortAvailability(
            CheckVipPortAvailability.Request(
                vipUuid: vipUuid,
                port: port,
                protocolType: protocolType,
                limit: limit,
                start: start,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// CheckVipPortAvailability
    ///
    /// 检查VIP端口是否空闲
    ///
    /// `GET /zstack/v1/vips/{vipUuid}/check-port-availability`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 检查VIP端口是否空闲
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func checkVipPortAvailability(
        _ request: CheckVipPortAvailability.Request
    ) async throws -> CheckVipPortAvailability.Response {
        var call = ZStackRequestBuilder(operation: CheckVipPortAvailability.operation)
        call.setPathParameter("vipUuid", to: request.vipUuid)
        call.appendQueryItem("port", value: "\(request.port)")
        call.appendQueryItem("protocolType", value: request.protocolType.rawValue)
        call.appendQueryItem("limit", value: request.limit.map { "\($0)" })
        call.appendQueryItem("start", value: request.start.map { "\($0)" })
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
