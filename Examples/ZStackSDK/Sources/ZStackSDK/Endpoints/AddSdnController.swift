import HTTPTypes

/// AddSdnController
///
/// 添加SDN控制器
///
/// `POST /zstack/v1/sdn-controllers`, asynchronous, authorization required.
///
/// Category: SdnController
public nonisolated enum AddSdnController {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddSdnController",
        method: .post,
        pathTemplate: "/zstack/v1/sdn-controllers",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The `vendorType` field.
        public var vendorType: String

        /// 资源名称
        public var name: String

        /// The `ip` field.
        public var ip: String

        /// The `userName` field.
        public var userName: String

        /// The `password` field.
        public var password: String

        /// 资源的详细描述
        public var description: String?

        /// The `resourceUuid` field.
        public var resourceUuid: String?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vendorType: The `vendorType` field.
        ///   - name: 资源名称
        ///   - ip: The `ip` field.
        ///   - userName: The `userName` field.
        ///   - password: The `password` field.
        ///   - description: 资源的详细描述
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            vendorType: String,
            name: String,
            ip: String,
            userName: String,
            password: String,
            description: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.vendorType = vendorType
            self.name = name
            self.ip = ip
            self.userName = userName
            self.password = password
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
            var vendorType: String
            var name: String
            var description: String?
            var ip: String
            var userName: String
            var password: String
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.vendorType = request.vendorType
                self.name = request.name
                self.description = request.description
                self.ip = request.ip
                self.userName = request.userName
                self.password = request.password
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case vendorType = "vendorType"
                case name = "name"
                case description = "description"
                case ip = "ip"
                case userName = "userName"
                case password = "password"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// SDN控制器清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: SdnControllerInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: SdnControllerInventory? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventory = "inventory"
        }
    }
}

nonisolated extension ZStackClient {
    /// AddSdnController
    ///
    /// 添加SDN控制器
    ///
    /// `POST /zstack/v1/sdn-controllers`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - vendorType: The `vendorType` field.
    ///   - name: 资源名称
    ///   - ip: The `ip` field.
    ///   - userName: The `userName` field.
    ///   - password: The `password` field.
    ///   - description: 资源的详细描述
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: SDN控制器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addSdnController(
        vendorType: String,
        name: String,
        ip: String,
        userName: String,
        password: String,
        description: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddSdnController.Response {
        try await addSdnController(
            AddSdnController.Request(
                vendorType: vendorType,
                name: name,
                ip: ip,
                userName: userName,
                password: password,
                description: description,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AddSdnController
    ///
    /// 添加SDN控制器
    ///
    /// `POST /zstack/v1/sdn-controllers`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: SDN控制器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addSdnController(
        _ request: AddSdnController.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddSdnController.Response {
        var call = ZStackRequestBuilder(operation: AddSdnController.operation)
        call.jsonBody = AddSdnController.Body(request)
        return try await perform(call, polling: polling)
    }
}
