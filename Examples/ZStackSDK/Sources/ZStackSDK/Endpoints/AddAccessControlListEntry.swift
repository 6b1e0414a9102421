import HTTPTypes

/// AddAccessControlListEntry
///
/// 向访问控制策略组添加IP组
///
/// `POST /zstack/v1/access-control-lists/{aclUuid}/ipentries`, asynchronous, authorization required.
///
/// Category: acl
public nonisolated enum AddAccessControlListEntry {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddAccessControlListEntry",
        method: .post,
        pathTemplate: "/zstack/v1/access-control-lists/{aclUuid}/ipentries",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 访问控制策略组的唯一标识
        public var aclUuid: String

        /// IP组
        public var entries: String

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
        ///   - aclUuid: 访问控制策略组的唯一标识
        ///   - entries: IP组
        ///   - description: 资源的详细描述
        ///   - resourceUuid: 资源UUID
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            aclUuid: String,
            entries: String,
            description: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.aclUuid = aclUuid
            self.entries = entries
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
            var entries: String
            var description: String?
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.entries = request.entries
                self.description = request.description
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case entries = "entries"
                case description = "description"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 访问控制策略组的IP清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: AccessControlListEntryInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: AccessControlListEntryInventory? = nil) {
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
    /// AddAccessControlListEntry
    ///
    /// 向访问控制策略组添加IP组
    ///
    /// `POST /zstack/v1/access-control-lists/{aclUuid}/ipentries`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - aclUuid: 访问控制策略组的唯一标识
    ///   - entries: IP组
    ///   - description: 资源的详细描述
    ///   - resourceUuid: 资源UUID
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 访问控制策略组的IP清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addAccessControlListEntry(
        aclUuid: String,
        entries: String,
        description: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddAccessControlListEntry.Response {
        try await addAccessControlListEntry(
            AddAccessControlListEntry.Request(
                aclUuid: aclUuid,
                entries: entries,
                description: description,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AddAccessControlListEntry
    ///
    /// 向访问控制策略组添加IP组
    ///
    /// `POST /zstack/v1/access-control-lists/{aclUuid}/ipentries`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 访问控制策略组的IP清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addAccessControlListEntry(
        _ request: AddAccessControlListEntry.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddAccessControlListEntry.Response {
        var call = ZStackRequestBuilder(operation: AddAccessControlListEntry.operation)
        call.setPathParameter("aclUuid", to: request.aclUuid)
        call.jsonBody = AddAccessControlListEntry.Body(request)
        return try await perform(call, polling: polling)
    }
}
