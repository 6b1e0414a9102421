import HTTPTypes

/// RemoveServerGroupFromLoadBalancerListener
///
/// 在这里填写API描述
///
/// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/servergroups`, asynchronous, authorization required.
///
/// Category: loadBalancer
public nonisolated enum RemoveServerGroupFromLoadBalancerListener {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "RemoveServerGroupFromLoadBalancerListener",
        method: .delete,
        pathTemplate: "/zstack/v1/load-balancers/listeners/{listenerUuid}/servergroups",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// The `listenerUuid` field.
        public let listenerUuid: String

        /// The `serverGroupUuid` field.
        public let serverGroupUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - listenerUuid: The `listenerUuid` field.
        ///   - serverGroupUuid: The `serverGroupUuid` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            listenerUuid: String,
            serverGroupUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.listenerUuid = listenerUuid
            self.serverGroupUuid = serverGroupUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The reply's fields.
    public struct Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `inventory` field.
        public let inventory: LoadBalancerListenerInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: LoadBalancerListenerInventory? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.inventory = try object.optionalValue(LoadBalancerListenerInventory.self, forKey: "inventory")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.inventory, forKey: "inventory")
        }
    }
}

nonisolated extension ZStackClient {
    /// RemoveServerGroupFromLoadBalancerListener
    ///
    /// 在这里填写API描述
    ///
    /// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/servergroups`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - listenerUuid: The `listenerUuid` field.
    ///   - serverGroupUuid: The `serverGroupUuid` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeServerGroupFromLoadBalancerListener(
        listenerUuid: String,
        serverGroupUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveServerGroupFromLoadBalancerListener.Response {
        try await removeServerGroupFromLoadBalancerListener(
            RemoveServerGroupFromLoadBalancerListener.Request(
                listenerUuid: listenerUuid,
                serverGroupUuid: serverGroupUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// RemoveServerGroupFromLoadBalancerListener
    ///
    /// 在这里填写API描述
    ///
    /// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/servergroups`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeServerGroupFromLoadBalancerListener(
        _ request: RemoveServerGroupFromLoadBalancerListener.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveServerGroupFromLoadBalancerListener.Response {
        var call = ZStackRequestBuilder(operation: RemoveServerGroupFromLoadBalancerListener.operation)
        call.setPathParameter("listenerUuid", to: request.listenerUuid)
        call.appendQueryItem("serverGroupUuid", value: request.serverGroupUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
