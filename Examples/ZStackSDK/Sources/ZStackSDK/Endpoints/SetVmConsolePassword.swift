import HTTPTypes

/// 设置云主机控制台密码(SetVmConsolePassword)
///
/// 设置一个云主机控制台密码
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum SetVmConsolePassword {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "SetVmConsolePassword",
        method: .put,
        pathTemplate: "/zstack/v1/vm-instances/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// 云主机UUID
        public let uuid: String

        /// 控制台密码，明文字符串
        public let consolePassword: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 云主机UUID
        ///   - consolePassword: 控制台密码，明文字符串
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, consolePassword: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.consolePassword = consolePassword
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 云主机清单
    public struct Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `inventory` field.
        public let inventory: VmInstanceInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: VmInstanceInventory? = nil) {
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
            self.inventory = try object.optionalValue(VmInstanceInventory.self, forKey: "inventory")
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
    /// 设置云主机控制台密码(SetVmConsolePassword)
    ///
    /// 设置一个云主机控制台密码
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 云主机UUID
    ///   - consolePassword: 控制台密码，明文字符串
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setVmConsolePassword(
        uuid: String,
        consolePassword: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> SetVmConsolePassword.Response {
        try await setVmConsolePassword(
            SetVmConsolePassword.Request(
                uuid: uuid,
                consolePassword: consolePassword,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 设置云主机控制台密码(SetVmConsolePassword)
    ///
    /// 设置一个云主机控制台密码
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setVmConsolePassword(
        _ request: SetVmConsolePassword.Request,
        polling: ZStackPolling? = nil
    ) async throws -> SetVmConsolePassword.Response {
        var call = ZStackRequestBuilder(operation: SetVmConsolePassword.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "setVmConsolePassword") { wrapped in
                try wrapped.encodeValue(request.consolePassword, forKey: "consolePassword")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
