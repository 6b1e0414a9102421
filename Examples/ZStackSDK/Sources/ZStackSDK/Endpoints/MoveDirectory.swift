import HTTPTypes

/// MoveDirectory
///
/// 移动目录
///
/// `PUT /zstack/v1/move/directory`, asynchronous, authorization required.
///
/// Category: directory
public nonisolated enum MoveDirectory {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "MoveDirectory",
        method: .put,
        pathTemplate: "/zstack/v1/move/directory",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The `targetParentUuid` field.
        public var targetParentUuid: String

        /// The `directoryUuid` field.
        public var directoryUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - targetParentUuid: The `targetParentUuid` field.
        ///   - directoryUuid: The `directoryUuid` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            targetParentUuid: String,
            directoryUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.targetParentUuid = targetParentUuid
            self.directoryUuid = directoryUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"moveDirectory": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "moveDirectory"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var targetParentUuid: String
            var directoryUuid: String

            init(_ request: Request) {
                self.targetParentUuid = request.targetParentUuid
                self.directoryUuid = request.directoryUuid
            }

            private enum CodingKeys: String, CodingKey {
                case targetParentUuid = "targetParentUuid"
                case directoryUuid = "directoryUuid"
            }
        }
    }

    /// 移动目录返回
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
    /// MoveDirectory
    ///
    /// 移动目录
    ///
    /// `PUT /zstack/v1/move/directory`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - targetParentUuid: The `targetParentUuid` field.
    ///   - directoryUuid: The `directoryUuid` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 移动目录返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func moveDirectory(
        targetParentUuid: String,
        directoryUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> MoveDirectory.Response {
        try await moveDirectory(
            MoveDirectory.Request(
                targetParentUuid: targetParentUuid,
                directoryUuid: directoryUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// MoveDirectory
    ///
    /// 移动目录
    ///
    /// `PUT /zstack/v1/move/directory`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 移动目录返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func moveDirectory(
        _ request: MoveDirectory.Request,
        polling: ZStackPolling? = nil
    ) async throws -> MoveDirectory.Response {
        var call = ZStackRequestBuilder(operation: MoveDirectory.operation)
        call.jsonBody = MoveDirectory.Body(request)
        return try await perform(call, polling: polling)
    }
}
