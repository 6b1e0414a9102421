import HTTPTypes

/// 挂载网络服务到三层网络(AttachNetworkServiceToL3Network)
///
/// 挂载网络服务到三层网络
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/network-services`, asynchronous, authorization required.
///
/// Category: 三层网络
public nonisolated enum AttachNetworkServiceToL3Network {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AttachNetworkServiceToL3Network",
        method: .post,
        pathTemplate: "/zstack/v1/l3-networks/{l3NetworkUuid}/network-services",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// 三层网络UUID
        public let l3NetworkUuid: String

        /// 网络服务，接口参数支持使用NetworkServiceProviderUuid或NetworkServiceProviderType
        public let networkServices: [String: [String]]

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - networkServices: 网络服务，接口参数支持使用NetworkServiceProviderUuid或NetworkServiceProviderType
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            l3NetworkUuid: String,
            networkServices: [String: [String]],
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.l3NetworkUuid = l3NetworkUuid
            self.networkServices = networkServices
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 三层网络清单
    public struct Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `inventory` field.
        public let inventory: L3NetworkInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: L3NetworkInventory? = nil) {
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
            self.inventory = try object.optionalValue(L3NetworkInventory.self, forKey: "inventory")
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
    /// 挂载网络服务到三层网络(AttachNetworkServiceToL3Network)
    ///
    /// 挂载网络服务到三层网络
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/network-services`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - networkServices: 网络服务，接口参数支持使用NetworkServiceProviderUuid或NetworkServiceProviderType
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachNetworkServiceToL3Network(
        l3NetworkUuid: String,
        networkServices: [String: [String]],
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachNetworkServiceToL3Network.Response {
        try await attachNetworkServiceToL3Network(
            AttachNetworkServiceToL3Network.Request(
                l3NetworkUuid: l3NetworkUuid,
                networkServices: networkServices,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 挂载网络服务到三层网络(AttachNetworkServiceToL3Network)
    ///
    /// 挂载网络服务到三层网络
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/network-services`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachNetworkServiceToL3Network(
        _ request: AttachNetworkServiceToL3Network.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachNetworkServiceToL3Network.Response {
        var call = ZStackRequestBuilder(operation: AttachNetworkServiceToL3Network.operation)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.networkServices, forKey: "networkServices")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
