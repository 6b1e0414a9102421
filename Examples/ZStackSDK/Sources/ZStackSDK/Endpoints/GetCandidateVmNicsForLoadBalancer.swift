import HTTPTypes

/// 获取可供负载均衡器添加的云主机网卡(GetCandidateVmNicsForLoadBalancer)
///
/// 获取可供负载均衡器添加的云主机网卡
///
/// `GET /zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/candidate-nics`, synchronous, authorization
/// required.
///
/// Category: 负载均衡
public nonisolated enum GetCandidateVmNicsForLoadBalancer {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetCandidateVmNicsForLoadBalancer",
        method: .get,
        pathTemplate: "/zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/candidate-nics",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// 负载均衡监听器UUID
        public let listenerUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - listenerUuid: 负载均衡监听器UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(listenerUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.listenerUuid = listenerUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 负载均衡器清单
    public struct Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `inventories` field.
        public let inventories: [VmNicInventory]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventories: The `inventories` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventories: [VmNicInventory]? = nil) {
            self.success = success
            self.error = error
            self.inventories = inventories
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.inventories = try object.optionalValue([VmNicInventory].self, forKey: "inventories")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.inventories, forKey: "inventories")
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取可供负载均衡器添加的云主机网卡(GetCandidateVmNicsForLoadBalancer)
    ///
    /// 获取可供负载均衡器添加的云主机网卡
    ///
    /// `GET /zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/candidate-nics`, synchronous, authorization
    /// required.
    ///
    /// - Parameters:
    ///   - listenerUuid: 负载均衡监听器UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 负载均衡器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateVmNicsForLoadBalancer(
        listenerUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetCandidateVmNicsForLoadBalancer.Response {
        try await getCandidateVmNicsForLoadBalancer(
            GetCandidateVmNicsForLoadBalancer.Request(
                listenerUuid: listenerUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// 获取可供负载均衡器添加的云主机网卡(GetCandidateVmNicsForLoadBalancer)
    ///
    /// 获取可供负载均衡器添加的云主机网卡
    ///
    /// `GET /zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/candidate-nics`, synchronous, authorization
    /// required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateVmNicsForLoadBalancer(
        _ request: GetCandidateVmNicsForLoadBalancer.Request
    ) async throws -> GetCandidateVmNicsForLoadBalancer.Response {
        var call = ZStackRequestBuilder(operation: GetCandidateVmNicsForLoadBalancer.operation)
        call.setPathParameter("listenerUuid", to: request.listenerUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
