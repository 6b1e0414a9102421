import HTTPTypes

/// RemoveAccessControlListFromLoadBalancer
///
/// 删除监听器访问控制策略
///
/// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/access-control-lists`, asynchronous, authorization
/// required.
///
/// Category: loadBalancer
public nonisolated enum RemoveAccessControlListFromLoadBalancer {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "RemoveAccessControlListFromLoadBalancer",
        method: .delete,
        pathTemplate: "/zstack/v1/load-balancers/listeners/{listenerUuid}/access-control-lists",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// 监听器唯一标识
        public let listenerUuid: String

        /// 访问控制策略组唯一标识
        public let aclUuids: [String]

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `serverGroupUuids` field.
        public let serverGroupUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - listenerUuid: 监听器唯一标识
        ///   - aclUuids: 访问控制策略组唯一标识
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - serverGroupUuids: The `serverGroupUuids` field.
        public init(
            listenerUuid: String,
            aclUuids: [String],
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            serverGroupUuids: [String]? = nil
        ) {
            self.listenerUuid = listenerUuid
            self.aclUuids = aclUuids
            self.systemTags = systemTags
            self.userTags = userTags
            self.serverGroupUuids = serverGroupUuids
        }
    }

    /// 删除监听器的访问控制策略返回值
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
    /// RemoveAccessControlListFromLoadBalancer
    ///
    /// 删除监听器访问控制策略
    ///
    /// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/access-control-lists`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - listenerUuid: 监听器唯一标识
    ///   - aclUuids: 访问控制策略组唯一标识
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - serverGroupUuids: The `serverGroupUuids` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 删除监听器的访问控制策略返回值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeAccessControlListFromLoadBalancer(
        listenerUuid: String,
        aclUuids: [String],
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        serverGroupUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveAccessControlListFromLoadBalancer.Response {
        try await removeAccessControlListFromLoadBalancer(
            RemoveAccessControlListFromLoadBalancer.Request(
                listenerUuid: listenerUuid,
                aclUuids: aclUuids,
                systemTags: systemTags,
                userTags: userTags,
                serverGroupUuids: serverGroupUuids
            ),
            polling: polling
        )
    }

    /// RemoveAccessControlListFromLoadBalancer
    ///
    /// 删除监听器访问控制策略
    ///
    /// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/access-control-lists`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 删除监听器的访问控制策略返回值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeAccessControlListFromLoadBalancer(
        _ request: RemoveAccessControlListFromLoadBalancer.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveAccessControlListFromLoadBalancer.Response {
        var call = ZStackRequestBuilder(operation: RemoveAccessControlListFromLoadBalancer.operation)
        call.setPathParameter("listenerUuid", to: request.listenerUuid)
        call.appendQueryItems("aclUuids", values: request.aclUuids)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        call.appendQueryItems("serverGroupUuids", values: request.serverGroupUuids)
        return try await perform(call, polling: polling)
    }
}
