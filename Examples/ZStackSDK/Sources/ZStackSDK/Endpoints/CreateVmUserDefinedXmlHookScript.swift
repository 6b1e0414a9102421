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
    public struct Request: Sendable, Hashable {
        /// 资源名称
        public var name: String

        /// xml hook脚本内容
        public var hookScript: String

        /// 资源的详细描述
        public var description: String?

        /// 资源UUID
        public var resourceUuid: String?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

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
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var name: String
            var description: String?
            var hookScript: String
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.hookScript = request.hookScript
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case hookScript = "hookScript"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 创建用户自定义xml hook返回
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
        call.jsonBody = CreateVmUserDefinedXmlHookScript.Body(request)
        return try await perform(call, polling: polling)
    }
}
