import HTTPTypes

/// UpdateHostIpmi
///
/// 更新物理机IPMI信息
///
/// 更新一台物理机IPMI信息
///
/// `PUT /zstack/v1/hosts/ipmi/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum UpdateHostIpmi {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateHostIpmi",
            method: .put,
            pathTemplate: "/zstack/v1/hosts/ipmi/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// IPMI地址
        public let ipmiAddress: String?

        /// IPMI用户名
        public let ipmiUsername: String?

        /// IPMI密码
        public let ipmiPassword: String?

        /// IPMI端口
        public let ipmiPort: Int?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - ipmiAddress: IPMI地址
        ///   - ipmiUsername: IPMI用户名
        ///   - ipmiPassword: IPMI密码
        ///   - ipmiPort: IPMI端口
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            ipmiAddress: String? = nil,
            ipmiUsername: String? = nil,
            ipmiPassword: String? = nil,
            ipmiPort: Int? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.ipmiAddress = ipmiAddress
            self.ipmiUsername = ipmiUsername
            self.ipmiPassword = ipmiPassword
            self.ipmiPort = ipmiPort
            self.systemTags = systemTags
            self.userTags = userTags
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.ipmiAddress, rhs.ipmiAddress) else { return false }
            guard ZStackFieldwise.same(lhs.ipmiUsername, rhs.ipmiUsername) else { return false }
            guard ZStackFieldwise.same(lhs.ipmiPassword, rhs.ipmiPassword) else { return false }
            guard ZStackFieldwise.same(lhs.ipmiPort, rhs.ipmiPort) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 更新物理机IPMI信息消息回复
    public final class Response: Codable, Sendable, Equatable {
        /// 物理机IPMI信息
        public let hostIpmiInventory: HostIpmiInventory?

        /// 是否成功
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - hostIpmiInventory: 物理机IPMI信息
        ///   - success: 是否成功
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(hostIpmiInventory: HostIpmiInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.hostIpmiInventory = hostIpmiInventory
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.hostIpmiInventory = try object.optionalValue(HostIpmiInventory.self, forKey: "hostIpmiInventory")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.hostIpmiInventory, forKey: "hostIpmiInventory")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Response, _ rhs: Response) -> Bool {
            guard ZStackFieldwise.same(lhs.hostIpmiInventory, rhs.hostIpmiInventory) else { return false }
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.error, rhs.error)
        }
    }
}

nonisolated extension ZStackClient {
    /// UpdateHostIpmi
    ///
    /// 更新物理机IPMI信息
    ///
    /// 更新一台物理机IPMI信息
    ///
    /// `PUT /zstack/v1/hosts/ipmi/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - ipmiAddress: IPMI地址
    ///   - ipmiUsername: IPMI用户名
    ///   - ipmiPassword: IPMI密码
    ///   - ipmiPort: IPMI端口
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新物理机IPMI信息消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateHostIpmi(
        uuid: String,
        ipmiAddress: String? = nil,
        ipmiUsername: String? = nil,
        ipmiPassword: String? = nil,
        ipmiPort: Int? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateHostIpmi.Response {
        try await updateHostIpmi(
            UpdateHostIpmi.Request(
                uuid: uuid,
                ipmiAddress: ipmiAddress,
                ipmiUsername: ipmiUsername,
                ipmiPassword: ipmiPassword,
                ipmiPort: ipmiPort,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateHostIpmi
    ///
    /// 更新物理机IPMI信息
    ///
    /// 更新一台物理机IPMI信息
    ///
    /// `PUT /zstack/v1/hosts/ipmi/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新物理机IPMI信息消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateHostIpmi(
        _ request: UpdateHostIpmi.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateHostIpmi.Response {
        let call = ZStackRequestBuilder(operation: UpdateHostIpmi.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateHostIpmi") { wrapped in
                try wrapped.encodeValue(request.ipmiAddress, forKey: "ipmiAddress")
                try wrapped.encodeValue(request.ipmiUsername, forKey: "ipmiUsername")
                try wrapped.encodeValue(request.ipmiPassword, forKey: "ipmiPassword")
                try wrapped.encodeValue(request.ipmiPort, forKey: "ipmiPort")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
