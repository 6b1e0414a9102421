import HTTPTypes

/// AddReservedIpRange
///
/// 添加保留地址段
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/reserved-ip-ranges`, asynchronous, authorization required.
///
/// Category: network.l3
public nonisolated enum AddReservedIpRange {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddReservedIpRange",
        method: .post,
        pathTemplate: "/zstack/v1/l3-networks/{l3NetworkUuid}/reserved-ip-ranges",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 三层网络UUID
        public var l3NetworkUuid: String

        /// 开始IP(包含在地址段内)
        public var startIp: String

        /// 结束IP(包含在地址段内)
        public var endIp: String

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
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - startIp: 开始IP(包含在地址段内)
        ///   - endIp: 结束IP(包含在地址段内)
        ///   - resourceUuid: 资源UUID
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            l3NetworkUuid: String,
            startIp: String,
            endIp: String,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.l3NetworkUuid = l3NetworkUuid
            self.startIp = startIp
            self.endIp = endIp
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
            var startIp: String
            var endIp: String
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.startIp = request.startIp
                self.endIp = request.endIp
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case startIp = "startIp"
                case endIp = "endIp"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 添加保留地址段清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `inventory` field.
        public var inventory: ReservedIpRangeInventory?

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
        public init(inventory: ReservedIpRangeInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
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
    /// AddReservedIpRange
    ///
    /// 添加保留地址段
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/reserved-ip-ranges`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - startIp: 开始IP(包含在地址段内)
    ///   - endIp: 结束IP(包含在地址段内)
    ///   - resourceUuid: 资源UUID
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 添加保留地址段清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addReservedIpRange(
        l3NetworkUuid: String,
        startIp: String,
        endIp: String,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddReservedIpRange.Response {
        try await addReservedIpRange(
            AddReservedIpRange.Request(
                l3NetworkUuid: l3NetworkUuid,
                startIp: startIp,
                endIp: endIp,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AddReservedIpRange
    ///
    /// 添加保留地址段
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/reserved-ip-ranges`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 添加保留地址段清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addReservedIpRange(
        _ request: AddReservedIpRange.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddReservedIpRange.Response {
        var call = ZStackRequestBuilder(operation: AddReservedIpRange.operation)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.jsonBody = AddReservedIpRange.Body(request)
        return try await perform(call, polling: polling)
    }
}
