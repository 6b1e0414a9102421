import HTTPTypes

/// GetL3NetworkMtu
///
/// 在这里填写API描述
///
/// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/mtu`, synchronous, authorization required.
///
/// Category: network.l3
public nonisolated enum GetL3NetworkMtu {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetL3NetworkMtu",
        method: .get,
        pathTemplate: "/zstack/v1/l3-networks/{l3NetworkUuid}/mtu",
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

    /// The reply's fields.
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `mtu` field.
        public var mtu: Int?

        /// The `success` field.
        public var success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - mtu: The `mtu` field.
        ///   - success: The `success` field.
        public init(error: ErrorCode? = nil, mtu: Int? = nil, success: Bool? = nil) {
            self.error = error
            self.mtu = mtu
            self.success = success
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case mtu = "mtu"
            case success = "success"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetL3NetworkMtu
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/mtu`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getL3NetworkMtu(
        l3NetworkUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetL3NetworkMtu.Response {
        try await getL3NetworkMtu(
            GetL3NetworkMtu.Request(l3NetworkUuid: l3NetworkUuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetL3NetworkMtu
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/mtu`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getL3NetworkMtu(
        _ request: GetL3NetworkMtu.Request
    ) async throws -> GetL3NetworkMtu.Response {
        var call = ZStackRequestBuilder(operation: GetL3NetworkMtu.operation)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
