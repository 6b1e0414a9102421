import HTTPTypes

/// AddResourcesToDirectory
///
/// 资源加入指定目录
///
/// `POST /zstack/v1/add/resources/directory`, asynchronous, authorization required.
///
/// Category: directory
public nonisolated enum AddResourcesToDirectory {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddResourcesToDirectory",
        method: .post,
        pathTemplate: "/zstack/v1/add/resources/directory",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 批量资源UUID
        public var resourceUuids: [String]

        /// 目录UUID
        public var directoryUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - resourceUuids: 批量资源UUID
        ///   - directoryUuid: 目录UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            resourceUuids: [String],
            directoryUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.resourceUuids = resourceUuids
            self.directoryUuid = directoryUuid
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
            var resourceUuids: [String]
            var directoryUuid: String

            init(_ request: Request) {
                self.resourceUuids = request.resourceUuids
                self.directoryUuid = request.directoryUuid
            }

            private enum CodingKeys: String, CodingKey {
                case resourceUuids = "resourceUuids"
                case directoryUuid = "directoryUuid"
            }
        }
    }

    /// 资源加入目录返回
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(success: Bool? = nil, error: ErrorCode? = nil) {
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// AddResourcesToDirectory
    ///
    /// 资源加入指定目录
    ///
    /// `POST /zstack/v1/add/resources/directory`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - resourceUuids: 批量资源UUID
    ///   - directoryUuid: 目录UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 资源加入目录返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addResourcesToDirectory(
        resourceUuids: [String],
        directoryUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddResourcesToDirectory.Response {
        try await addResourcesToDirectory(
            AddResourcesToDirectory.Request(
                resourceUuids: resourceUuids,
                directoryUuid: directoryUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AddResourcesToDirectory
    ///
    /// 资源加入指定目录
    ///
    /// `POST /zstack/v1/add/resources/directory`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 资源加入目录返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addResourcesToDirectory(
        _ request: AddResourcesToDirectory.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddResourcesToDirectory.Response {
        var call = ZStackRequestBuilder(operation: AddResourcesToDirectory.operation)
        call.jsonBody = AddResourcesToDirectory.Body(request)
        return try await perform(call, polling: polling)
    }
}
