import HTTPTypes

/// CalculateImageHash
///
/// 计算镜像的MD5值
///
/// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: image
public nonisolated enum CalculateImageHash {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CalculateImageHash",
        method: .put,
        pathTemplate: "/zstack/v1/images/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 镜像存储UUID
        public var backupStorageUuid: String

        /// The `algorithm` field.
        public var algorithm: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - backupStorageUuid: 镜像存储UUID
        ///   - algorithm: The `algorithm` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            backupStorageUuid: String,
            algorithm: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.backupStorageUuid = backupStorageUuid
            self.algorithm = algorithm
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"calculateImageHash": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "calculateImageHash"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var backupStorageUuid: String
            var algorithm: String?

            init(_ request: Request) {
                self.backupStorageUuid = request.backupStorageUuid
                self.algorithm = request.algorithm
            }

            private enum CodingKeys: String, CodingKey {
                case backupStorageUuid = "backupStorageUuid"
                case algorithm = "algorithm"
            }
        }
    }

    /// 获取镜像MD5值返回
    public struct Response: Codable, Sendable, Hashable {
        /// The `inventory` field.
        public var inventory: ImageInventory?

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
        public init(inventory: ImageInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
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
    /// CalculateImageHash
    ///
    /// 计算镜像的MD5值
    ///
    /// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - backupStorageUuid: 镜像存储UUID
    ///   - algorithm: The `algorithm` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 获取镜像MD5值返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func calculateImageHash(
        uuid: String,
        backupStorageUuid: String,
        algorithm: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CalculateImageHash.Response {
        try await calculateImageHash(
            CalculateImageHash.Request(
                uuid: uuid,
                backupStorageUuid: backupStorageUuid,
                algorithm: algorithm,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// CalculateImageHash
    ///
    /// 计算镜像的MD5值
    ///
    /// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 获取镜像MD5值返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func calculateImageHash(
        _ request: CalculateImageHash.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CalculateImageHash.Response {
        var call = ZStackRequestBuilder(operation: CalculateImageHash.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = CalculateImageHash.Body(request)
        return try await perform(call, polling: polling)
    }
}
