import HTTPTypes

/// 清空主存储垃圾(CleanUpStorageTrashOnPrimaryStorage)
///
/// 清空主存储垃圾
///
/// `PUT /zstack/v1/primary-storage/{uuid}/storagetrash/actions`, asynchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum CleanUpStorageTrashOnPrimaryStorage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CleanUpStorageTrashOnPrimaryStorage",
        method: .put,
        pathTemplate: "/zstack/v1/primary-storage/{uuid}/storagetrash/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 是否强制清理主存储垃圾
        public var force: Bool?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - force: 是否强制清理主存储垃圾
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, force: Bool? = nil, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.force = force
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"cleanUpStorageTrashOnPrimaryStorage": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "cleanUpStorageTrashOnPrimaryStorage"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var force: Bool?

            init(_ request: Request) {
                self.force = request.force
            }

            private enum CodingKeys: String, CodingKey {
                case force = "force"
            }
        }
    }

    /// 清空主存储垃圾结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 清理成功的存储垃圾的集合
        public var result: [String: [String]]?

        /// 清理成功的存储垃圾的数量
        public var total: Int?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - result: 清理成功的存储垃圾的集合
        ///   - total: 清理成功的存储垃圾的数量
        public init(
            success: Bool? = nil,
            error: ErrorCode? = nil,
            result: [String: [String]]? = nil,
            total: Int? = nil
        ) {
            self.success = success
            self.error = error
            self.result = result
            self.total = total
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case result = "result"
            case total = "total"
        }
    }
}

nonisolated extension ZStackClient {
    /// 清空主存储垃圾(CleanUpStorageTrashOnPrimaryStorage)
    ///
    /// 清空主存储垃圾
    ///
    /// `PUT /zstack/v1/primary-storage/{uuid}/storagetrash/actions`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - force: 是否强制清理主存储垃圾
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 清空主存储垃圾结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func cleanUpStorageTrashOnPrimaryStorage(
        uuid: String,
        force: Bool? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CleanUpStorageTrashOnPrimaryStorage.Response {
        try await cleanUpStorageTrashOnPrimaryStorage(
            CleanUpStorageTrashOnPrimaryStorage.Request(
                uuid: uuid,
                force: force,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 清空主存储垃圾(CleanUpStorageTrashOnPrimaryStorage)
    ///
    /// 清空主存储垃圾
    ///
    /// `PUT /zstack/v1/primary-storage/{uuid}/storagetrash/actions`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 清空主存储垃圾结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func cleanUpStorageTrashOnPrimaryStorage(
        _ request: CleanUpStorageTrashOnPrimaryStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CleanUpStorageTrashOnPrimaryStorage.Response {
        var call = ZStackRequestBuilder(operation: CleanUpStorageTrashOnPrimaryStorage.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = CleanUpStorageTrashOnPrimaryStorage.Body(request)
        return try await perform(call, polling: polling)
    }
}
