import HTTPTypes

/// GetLoadBalancerListenerACLEntries
///
/// 在这里填写API描述
///
/// `GET /zstack/v1/load-balancers/listeners/access-control-lists/entries`, synchronous, authorization required.
///
/// Category: loadBalancer
public nonisolated enum GetLoadBalancerListenerACLEntries {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetLoadBalancerListenerACLEntries",
        method: .get,
        pathTemplate: "/zstack/v1/load-balancers/listeners/access-control-lists/entries",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The `listenerUuids` field.
        public var listenerUuids: [String]?

        /// The `type` field.
        public var type: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - listenerUuids: The `listenerUuids` field.
        ///   - type: The `type` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            listenerUuids: [String]? = nil,
            type: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.listenerUuids = listenerUuids
            self.type = type
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The reply's fields.
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `success` field.
        public var success: Bool?

        /// The `inventories` field.
        public var inventories: [String: [ZStackJSONValue]]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        ///   - inventories: The `inventories` field.
        public init(error: ErrorCode? = nil, success: Bool? = nil, inventories: [String: [ZStackJSONValue]]? = nil) {
            self.error = error
            self.success = success
            self.inventories = inventories
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case success = "success"
            case inventories = "inventories"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetLoadBalancerListenerACLEntries
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/load-balancers/listeners/access-control-lists/entries`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - listenerUuids: The `listenerUuids` field.
    ///   - type: The `type` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getLoadBalancerListenerACLEntries(
        listenerUuids: [String]? = nil,
        type: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetLoadBalancerListenerACLEntries.Response {
        try await getLoadBalancerListenerACLEntries(
            GetLoadBalancerListenerACLEntries.Request(
                listenerUuids: listenerUuids,
                type: type,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetLoadBalancerListenerACLEntries
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/load-balancers/listeners/access-control-lists/entries`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getLoadBalancerListenerACLEntries(
        _ request: GetLoadBalancerListenerACLEntries.Request
    ) async throws -> GetLoadBalancerListenerACLEntries.Response {
        var call = ZStackRequestBuilder(operation: GetLoadBalancerListenerACLEntries.operation)
        call.appendQueryItems("listenerUuids", values: request.listenerUuids)
        call.appendQueryItem("type", value: request.type)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
