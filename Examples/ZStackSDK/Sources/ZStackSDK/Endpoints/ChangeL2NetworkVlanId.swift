import HTTPTypes

/// ChangeL2NetworkVlanId
///
/// 修改二层物理VlanId
///
/// `PUT /zstack/v1/l2-networks/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: network.l2
public nonisolated enum ChangeL2NetworkVlanId {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ChangeL2NetworkVlanId",
        method: .put,
        pathTemplate: "/zstack/v1/l2-networks/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// The `vlan` field.
        public var vlan: Int?

        /// The `type` field.
        public var type: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - vlan: The `vlan` field.
        ///   - type: The `type` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            vlan: Int? = nil,
            type: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.vlan = vlan
            self.type = type
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"changeL2NetworkVlanId": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [String]?
        var userTags: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "changeL2NetworkVlanId"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var vlan: Int?
            var type: String?

            init(_ request: Request) {
                self.vlan = request.vlan
                self.type = request.type
            }

            private enum CodingKeys: String, CodingKey {
                case vlan = "vlan"
                case type = "type"
            }
        }
    }

    /// 修改二层物理VlanId结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `inventory` field.
        public var inventory: L2NetworkInventory?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - inventory: The `inventory` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(inventory: L2NetworkInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.inventory = inventory
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case inventory = "inventory"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// ChangeL2NetworkVlanId
    ///
    /// 修改二层物理VlanId
    ///
    /// `PUT /zstack/v1/l2-networks/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - vlan: The `vlan` field.
    ///   - type: The `type` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 修改二层物理VlanId结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeL2NetworkVlanId(
        uuid: String,
        vlan: Int? = nil,
        type: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeL2NetworkVlanId.Response {
        try await changeL2NetworkVlanId(
            ChangeL2NetworkVlanId.Request(
                uuid: uuid,
                vlan: vlan,
                type: type,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// ChangeL2NetworkVlanId
    ///
    /// 修改二层物理VlanId
    ///
    /// `PUT /zstack/v1/l2-networks/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 修改二层物理VlanId结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeL2NetworkVlanId(
        _ request: ChangeL2NetworkVlanId.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeL2NetworkVlanId.Response {
        var call = ZStackRequestBuilder(operation: ChangeL2NetworkVlanId.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ChangeL2NetworkVlanId.Body(request)
        return try await perform(call, polling: polling)
    }
}
