import HTTPTypes

/// CreateVmNic
///
/// 创建云主机网卡
///
/// `POST /zstack/v1/nics`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum CreateVmNic {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateVmNic",
        method: .post,
        pathTemplate: "/zstack/v1/nics",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 三层网络UUID
        public var l3NetworkUuid: String

        /// The `ip` field.
        public var ip: String?

        /// The `resourceUuid` field.
        public var resourceUuid: String?

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - ip: The `ip` field.
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        ///   - tagUuids: 标签UUID列表
        public init(
            l3NetworkUuid: String,
            ip: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.l3NetworkUuid = l3NetworkUuid
            self.ip = ip
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.tagUuids = tagUuids
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
            var l3NetworkUuid: String
            var ip: String?
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.l3NetworkUuid = request.l3NetworkUuid
                self.ip = request.ip
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case l3NetworkUuid = "l3NetworkUuid"
                case ip = "ip"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 云主机网卡清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: VmNicInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: VmNicInventory? = nil) {
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
    /// CreateVmNic
    ///
    /// 创建云主机网卡
    ///
    /// `POST /zstack/v1/nics`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - ip: The `ip` field.
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机网卡清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVmNic(
        l3NetworkUuid: String,
        ip: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVmNic.Response {
        try await createVmNic(
            CreateVmNic.Request(
                l3NetworkUuid: l3NetworkUuid,
                ip: ip,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// CreateVmNic
    ///
    /// 创建云主机网卡
    ///
    /// `POST /zstack/v1/nics`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机网卡清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVmNic(
        _ request: CreateVmNic.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVmNic.Response {
        var call = ZStackRequestBuilder(operation: CreateVmNic.operation)
        call.jsonBody = CreateVmNic.Body(request)
        return try await perform(call, polling: polling)
    }
}
