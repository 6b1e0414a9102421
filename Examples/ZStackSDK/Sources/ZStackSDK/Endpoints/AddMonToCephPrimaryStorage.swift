import HTTPTypes

/// 为 Ceph 主存储添加 mon 节点(AddMonToCephPrimaryStorage)
///
/// 为 Ceph 主存储添加 mon 节点
///
/// `POST /zstack/v1/primary-storage/ceph/{uuid}/mons`, asynchronous, authorization required.
///
/// Category: storage.ceph.primary
public nonisolated enum AddMonToCephPrimaryStorage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddMonToCephPrimaryStorage",
        method: .post,
        pathTemplate: "/zstack/v1/primary-storage/ceph/{uuid}/mons",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// Ceph 主存储的UUID
        public var uuid: String

        /// mon 节点地址列表
        public var monUrls: [String]

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: Ceph 主存储的UUID
        ///   - monUrls: mon 节点地址列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, monUrls: [String], systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.monUrls = monUrls
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
            var monUrls: [String]

            init(_ request: Request) {
                self.monUrls = request.monUrls
            }

            private enum CodingKeys: String, CodingKey {
                case monUrls = "monUrls"
            }
        }
    }

    /// Ceph 主存储清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: CephPrimaryStorageInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: CephPrimaryStorageInventory? = nil) {
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
    /// 为 Ceph 主存储添加 mon 节点(AddMonToCephPrimaryStorage)
    ///
    /// 为 Ceph 主存储添加 mon 节点
    ///
    /// `POST /zstack/v1/primary-storage/ceph/{uuid}/mons`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: Ceph 主存储的UUID
    ///   - monUrls: mon 节点地址列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: Ceph 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addMonToCephPrimaryStorage(
        uuid: String,
        monUrls: [String],
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddMonToCephPrimaryStorage.Response {
        try await addMonToCephPrimaryStorage(
            AddMonToCephPrimaryStorage.Request(
                uuid: uuid,
                monUrls: monUrls,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 为 Ceph 主存储添加 mon 节点(AddMonToCephPrimaryStorage)
    ///
    /// 为 Ceph 主存储添加 mon 节点
    ///
    /// `POST /zstack/v1/primary-storage/ceph/{uuid}/mons`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: Ceph 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addMonToCephPrimaryStorage(
        _ request: AddMonToCephPrimaryStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddMonToCephPrimaryStorage.Response {
        var call = ZStackRequestBuilder(operation: AddMonToCephPrimaryStorage.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = AddMonToCephPrimaryStorage.Body(request)
        return try await perform(call, polling: polling)
    }
}
