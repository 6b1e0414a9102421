import HTTPTypes

/// GetHostPowerStatus
///
/// 获取物理机最新电源状态
///
/// 获取一台物理机最新电源状态
///
/// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum GetHostPowerStatus {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetHostPowerStatus",
        method: .put,
        pathTemplate: "/zstack/v1/hosts/power/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// 获取物理机电源状态方式
        public let method: GetHostPowerStatusMethod?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - method: 获取物理机电源状态方式
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            method: GetHostPowerStatusMethod? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.method = method
            self.systemTags = systemTags
            self.userTags = userTags
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, as a synthesized `==` is declared, so that it does not
        /// join the overloads that every `==` in this module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool {
            ZStackFieldwise.equal(
                (lhs.uuid, lhs.method, lhs.systemTags, lhs.userTags),
                (rhs.uuid, rhs.method, rhs.systemTags, rhs.userTags)
            )
        }
    }

    /// 获取物理机最新电源状态消息回复
    public struct Response: Codable, Sendable, Equatable {
        /// 物理机IPMI信息
        public let inventory: HostIpmiInventory?

        /// 是否成功
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - inventory: 物理机IPMI信息
        ///   - success: 是否成功
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(inventory: HostIpmiInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.inventory = inventory
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.inventory = try object.optionalValue(HostIpmiInventory.self, forKey: "inventory")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.inventory, forKey: "inventory")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, as a synthesized `==` is declared, so that it does not
        /// join the overloads that every `==` in this module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool {
            ZStackFieldwise.equal((lhs.inventory, lhs.success, lhs.error), (rhs.inventory, rhs.success, rhs.error))
        }
    }
}

nonisolated extension ZStackClient {
    /// GetHostPowerStatus
    ///
    /// 获取物理机最新电源状态
    ///
    /// 获取一台物理机最新电源状态
    ///
    /// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - method: 获取物理机电源状态方式
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 获取物理机最新电源状态消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func getHostPowerStatus(
        uuid: String,
        method: GetHostPowerStatusMethod? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> GetHostPowerStatus.Response {
        try await getHostPowerStatus(
            GetHostPowerStatus.Request(uuid: uuid, method: method, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// GetHostPowerStatus
    ///
    /// 获取物理机最新电源状态
    ///
    /// 获取一台物理机最新电源状态
    ///
    /// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 获取物理机最新电源状态消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func getHostPowerStatus(
        _ request: GetHostPowerStatus.Request,
        polling: ZStackPolling? = nil
    ) async throws -> GetHostPowerStatus.Response {
        var call = ZStackRequestBuilder(operation: GetHostPowerStatus.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "getHostPowerStatus") { wrapped in
                try wrapped.encodeValue(request.method, forKey: "method")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
