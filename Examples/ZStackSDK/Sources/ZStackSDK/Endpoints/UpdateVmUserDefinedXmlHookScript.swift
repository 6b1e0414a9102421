import HTTPTypes

/// UpdateVmUserDefinedXmlHookScript
///
/// 更新用户自定义xml hook
///
/// 更新用户自定义xml hook
///
/// `PUT /zstack/v1/vm-instances/xml-hook-script`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum UpdateVmUserDefinedXmlHookScript {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateVmUserDefinedXmlHookScript",
        method: .put,
        pathTemplate: "/zstack/v1/vm-instances/xml-hook-script",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 资源名称
        public var name: String?

        /// 资源的详细描述
        public var description: String?

        /// xml hook 脚本
        public var hookScript: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 启动策略
        public var startupStrategy: UpdateVmUserDefinedXmlHookScriptStartupStrategy?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - hookScript: xml hook 脚本
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - startupStrategy: 启动策略
        public init(
            uuid: String,
            name: String? = nil,
            description: String? = nil,
            hookScript: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            startupStrategy: UpdateVmUserDefinedXmlHookScriptStartupStrategy? = nil
        ) {
            self.uuid = uuid
            self.name = name
            self.description = description
            self.hookScript = hookScript
            self.systemTags = systemTags
            self.userTags = userTags
            self.startupStrategy = startupStrategy
        }
    }

    /// The JSON body of a request: `{"updateVmUserDefinedXmlHookScript": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateVmUserDefinedXmlHookScript"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var uuid: String
            var name: String?
            var description: String?
            var hookScript: String?
            var startupStrategy: UpdateVmUserDefinedXmlHookScriptStartupStrategy?

            init(_ request: Request) {
                self.uuid = request.uuid
                self.name = request.name
                self.description = request.description
                self.hookScript = request.hookScript
                self.startupStrategy = request.startupStrategy
            }

            private enum CodingKeys: String, CodingKey {
                case uuid = "uuid"
                case name = "name"
                case description = "description"
                case hookScript = "hookScript"
                case startupStrategy = "startupStrategy"
            }
        }
    }

    /// 更新用户自定义xml hook脚本返回
    public struct Response: Codable, Sendable, Hashable {
        /// The `inventory` field.
        public var inventory: XmlHookInventory?

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
        public init(inventory: XmlHookInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
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
    /// UpdateVmUserDefinedXmlHookScript
    ///
    /// 更新用户自定义xml hook
    ///
    /// 更新用户自定义xml hook
    ///
    /// `PUT /zstack/v1/vm-instances/xml-hook-script`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - hookScript: xml hook 脚本
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - startupStrategy: 启动策略
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新用户自定义xml hook脚本返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVmUserDefinedXmlHookScript(
        uuid: String,
        name: String? = nil,
        description: String? = nil,
        hookScript: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        startupStrategy: UpdateVmUserDefinedXmlHookScriptStartupStrategy? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVmUserDefinedXmlHookScript.Response {
        try await updateVmUserDefinedXmlHookScript(
            UpdateVmUserDefinedXmlHookScript.Request(
                uuid: uuid,
                name: name,
                description: description,
                hookScript: hookScript,
                systemTags: systemTags,
                userTags: userTags,
                startupStrategy: startupStrategy
            ),
            polling: polling
        )
    }

    /// UpdateVmUserDefinedXmlHookScript
    ///
    /// 更新用户自定义xml hook
    ///
    /// 更新用户自定义xml hook
    ///
    /// `PUT /zstack/v1/vm-instances/xml-hook-script`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新用户自定义xml hook脚本返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVmUserDefinedXmlHookScript(
        _ request: UpdateVmUserDefinedXmlHookScript.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVmUserDefinedXmlHookScript.Response {
        var call = ZStackRequestBuilder(operation: UpdateVmUserDefinedXmlHookScript.operation)
        call.jsonBody = UpdateVmUserDefinedXmlHookScript.Body(request)
        return try await perform(call, polling: polling)
    }
}
