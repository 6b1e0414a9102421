import HTTPTypes

/// ChangeHostState
///
/// 更新物理机启用状态
///
/// 更新物理机启用状态
///
/// `PUT /zstack/v1/hosts/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum ChangeHostState {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ChangeHostState",
        method: .put,
        pathTemplate: "/zstack/v1/hosts/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// 期望的物理机启用状态
        public let stateEvent: ChangeHostStateStateEvent

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - stateEvent: 期望的物理机启用状态
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            stateEvent: ChangeHostStateStateEvent,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.stateEvent = stateEvent
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
                (lhs.uuid, lhs.stateEvent, lhs.systemTags, lhs.userTags),
                (rhs.uuid, rhs.stateEvent, rhs.systemTags, rhs.userTags)
            )
        }
    }

    /// 物理机启动状态消息回复
    public struct Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `inventory` field.
        public let inventory: HostInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: HostInventory? = nil) {
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
            self.inventory = try object.optionalValue(HostInventory.self, forKey: "inventory")
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
            ZStackFieldwise.equal((lhs.success, lhs.error, lhs.inventory), (rhs.success, rhs.error, rhs.inventory))
        }
    }
}

nonisolated extension ZStackClient {
    /// ChangeHostState
    ///
    /// 更新物理机启用状态
    ///
    /// 更新物理机启用状态
    ///
    /// `PUT /zstack/v1/hosts/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - stateEvent: 期望的物理机启用状态
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 物理机启动状态消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeHostState(
        uuid: String,
        stateEvent: ChangeHostStateStateEvent,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeHostState.Response {
        try await changeHostState(
            ChangeHostState.Request(uuid: uuid, stateEvent: stateEvent, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// ChangeHostState
    ///
    /// 更新物理机启用状态
    ///
    /// 更新物理机启用状态
    ///
    /// `PUT /zstack/v1/hosts/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 物理机启动状态消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeHostState(
        _ request: ChangeHostState.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeHostState.Response {
        var call = ZStackRequestBuilder(operation: ChangeHostState.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "changeHostState") { wrapped in
                try wrapped.encodeValue(request.stateEvent, forKey: "stateEvent")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
