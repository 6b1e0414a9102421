import HTTPTypes

/// APCreateVmUserDefinedXmlHookScript
///
/// 创建用户自定义xml hook
///
/// 创建用户自定义xml hook
///
/// `POST /zstack/v1/vm-instances/xml-hook-script`, asynchronous, authorization required.
///
/// Category: 未知类别
public nonisolated enum CreateVmUserDefinedXmlHookScript {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateVmUserDefinedXmlHookScript",
        method: .post,
        pathTemplate: "/zstack/v1/vm-instances/xml-hook-script",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// 资源名称
        public let name: String

        /// xml hook脚本内容
        public let hookScript: String

        /// 资源的详细描述
        public let description: String?

        /// 资源UUID
        public let resourceUuid: String?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - hookScript: xml hook脚本内容
        ///   - description: 资源的详细描述
        ///   - resourceUuid: 资源UUID
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            name: String,
            hookScript: String,
            description: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.name = name
            self.hookScript = hookScript
            self.description = description
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
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
                (
                    lhs.name,
                    lhs.hookScript,
                    lhs.description,
                    lhs.resourceUuid,
                    lhs.tagUuids,
                    lhs.systemTags,
                    lhs.userTags
                ),
                (
                    rhs.name,
                    rhs.hookScript,
                    rhs.description,
                    rhs.resourceUuid,
                    rhs.tagUuids,
                    rhs.systemTags,
                    rhs.userTags
                )
            )
        }
    }

    /// 创建用户自定义xml hook返回
    public struct Response: Codable, Sendable, Equatable {
        /// The `inventory` field.
        public let inventory: XmlHookInventory?

        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - inventory: The `inventory` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(inventory: XmlHookInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
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
            self.inventory = try object.optionalValue(XmlHookInventory.self, forKey: "inventory")
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
    /// APCreateVmUserDefinedXmlHookScript
    ///
    /// 创建用户自定义xml hook
    ///
    /// 创建用户自定义xml hook
    ///
    /// `POST /zstack/v1/vm-instances/xml-hook-script`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - hookScript: xml hook脚本内容
    ///   - description: 资源的详细描述
    ///   - resourceUuid: 资源UUID
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 创建用户自定义xml hook返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVmUserDefinedXmlHookScript(
        name: String,
        hookScript: String,
        description: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVmUserDefinedXmlHookScript.Response {
        try await createVmUserDefinedXmlHookScript(
            CreateVmUserDefinedXmlHookScript.Request(
                name: name,
                hookScript: hookScript,
                description: description,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// APCreateVmUserDefinedXmlHookScript
    ///
    /// 创建用户自定义xml hook
    ///
    /// 创建用户自定义xml hook
    ///
    /// `POST /zstack/v1/vm-instances/xml-hook-script`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 创建用户自定义xml hook返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVmUserDefinedXmlHookScript(
        _ request: CreateVmUserDefinedXmlHookScript.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVmUserDefinedXmlHookScript.Response {
        var call = ZStackRequestBuilder(operation: CreateVmUserDefinedXmlHookScript.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.hookScript, forKey: "hookScript")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
