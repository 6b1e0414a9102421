import HTTPTypes

/// 彻底删除镜像(ExpungeImage)
///
/// 彻底删除镜像
///
/// `PUT /zstack/v1/images/{imageUuid}/actions`, asynchronous, authorization required.
///
/// Category: image
public nonisolated enum ExpungeImage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ExpungeImage",
        method: .put,
        pathTemplate: "/zstack/v1/images/{imageUuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 镜像UUID
        public var imageUuid: String

        /// 镜像服务器UUID列表
        public var backupStorageUuids: [String]?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 资源的UUID，唯一标示该资源
        public var uuid: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - imageUuid: 镜像UUID
        ///   - backupStorageUuids: 镜像服务器UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - uuid: 资源的UUID，唯一标示该资源
        public init(
            imageUuid: String,
            backupStorageUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            uuid: String? = nil
        ) {
            self.imageUuid = imageUuid
            self.backupStorageUuids = backupStorageUuids
            self.systemTags = systemTags
            self.userTags = userTags
            self.uuid = uuid
        }
    }

    /// The JSON body of a request: `{"expungeImage": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "expungeImage"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var backupStorageUuids: [String]?
            var uuid: String?

            init(_ request: Request) {
                self.backupStorageUuids = request.backupStorageUuids
                self.uuid = request.uuid
            }

            private enum CodingKeys: String, CodingKey {
                case backupStorageUuids = "backupStorageUuids"
                case uuid = "uuid"
            }
        }
    }

    /// 彻底删除镜像
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
    /// 彻底删除镜像(ExpungeImage)
    ///
    /// 彻底删除镜像
    ///
    /// `PUT /zstack/v1/images/{imageUuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - imageUuid: 镜像UUID
    ///   - backupStorageUuids: 镜像服务器UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 彻底删除镜像
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func expungeImage(
        imageUuid: String,
        backupStorageUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        uuid: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ExpungeImage.Response {
        try await expungeImage(
            ExpungeImage.Request(
                imageUuid: imageUuid,
                backupStorageUuids: backupStorageUuids,
                systemTags: systemTags,
                userTags: userTags,
                uuid: uuid
            ),
            polling: polling
        )
    }

    /// 彻底删除镜像(ExpungeImage)
    ///
    /// 彻底删除镜像
    ///
    /// `PUT /zstack/v1/images/{imageUuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 彻底删除镜像
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func expungeImage(
        _ request: ExpungeImage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ExpungeImage.Response {
        var call = ZStackRequestBuilder(operation: ExpungeImage.operation)
        call.setPathParameter("imageUuid", to: request.imageUuid)
        call.jsonBody = ExpungeImage.Body(request)
        return try await perform(call, polling: polling)
    }
}
