import HTTPTypes

/// UpdateDirectory
///
/// 更新目录名称
///
/// `PUT /zstack/v1/update/directory`, asynchronous, authorization required.
///
/// Category: directory
public nonisolated enum UpdateDirectory {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateDirectory",
        method: .put,
        pathTemplate: "/zstack/v1/update/directory",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 资源名称
        public var name: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - name: 资源名称
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, name: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.name = name
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"updateDirectory": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateDirectory"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var uuid: String
            var name: String

            init(_ request: Request) {
                self.uuid = request.uuid
                self.name = request.name
            }

            private enum CodingKeys: String, CodingKey {
                case uuid = "uuid"
                case name = "name"
            }
        }
    }

    /// 更新目录名称返回
    public struct Response: Codable, Sendable, Hashable {
        /// The `inventory` field.
        public var inventory: DirectoryInventory?

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
        public init(inventory: DirectoryInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
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
    /// UpdateDirectory
    ///
    /// 更新目录名称
    ///
    /// `PUT /zstack/v1/update/directory`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新目录名称返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateDirectory(
        uuid: String,
        name: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateDirectory.Response {
        try await updateDirectory(
            UpdateDirectory.Request(uuid: uuid, name: name, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// UpdateDirectory
    ///
    /// 更新目录名称
    ///
    /// `PUT /zstack/v1/update/directory`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新目录名称返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateDirectory(
        _ request: UpdateDirectory.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateDirectory.Response {
        var call = ZStackRequestBuilder(operation: UpdateDirectory.operation)
        call.jsonBody = UpdateDirectory.Body(request)
        return try await perform(call, polling: polling)
    }
}
