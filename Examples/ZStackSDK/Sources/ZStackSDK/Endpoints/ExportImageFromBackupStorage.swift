import HTTPTypes

/// 从镜像服务器导出镜像(ExportImageFromBackupStorage)
///
/// 从镜像服务器中导出镜像
///
/// `PUT /zstack/v1/backup-storage/{backupStorageUuid}/actions`, asynchronous, authorization required.
///
/// Category: storage.backup
public nonisolated enum ExportImageFromBackupStorage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ExportImageFromBackupStorage",
        method: .put,
        pathTemplate: "/zstack/v1/backup-storage/{backupStorageUuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 镜像存储UUID
        public var backupStorageUuid: String

        /// 镜像UUID
        public var imageUuid: String

        /// 导出镜像的保存格式
        public var exportFormat: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - backupStorageUuid: 镜像存储UUID
        ///   - imageUuid: 镜像UUID
        ///   - exportFormat: 导出镜像的保存格式
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            backupStorageUuid: String,
            imageUuid: String,
            exportFormat: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.backupStorageUuid = backupStorageUuid
            self.imageUuid = imageUuid
            self.exportFormat = exportFormat
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"exportImageFromBackupStorage": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "exportImageFromBackupStorage"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var imageUuid: String
            var exportFormat: String?

            init(_ request: Request) {
                self.imageUuid = request.imageUuid
                self.exportFormat = request.exportFormat
            }

            private enum CodingKeys: String, CodingKey {
                case imageUuid = "imageUuid"
                case exportFormat = "exportFormat"
            }
        }
    }

    /// 导出镜像清单
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 被导出镜像的访问地址
        public var imageUrl: String?

        /// 被导出镜像的md5值
        public var exportMd5Sum: String?

        /// 导出成功失败标志
        public var success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - imageUrl: 被导出镜像的访问地址
        ///   - exportMd5Sum: 被导出镜像的md5值
        ///   - success: 导出成功失败标志
        public init(
            error: ErrorCode? = nil,
            imageUrl: String? = nil,
            exportMd5Sum: String? = nil,
            success: Bool? = nil
        ) {
            self.error = error
            self.imageUrl = imageUrl
            self.exportMd5Sum = exportMd5Sum
            self.success = success
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case imageUrl = "imageUrl"
            case exportMd5Sum = "exportMd5Sum"
            case success = "success"
        }
    }
}

nonisolated extension ZStackClient {
    /// 从镜像服务器导出镜像(ExportImageFromBackupStorage)
    ///
    /// 从镜像服务器中导出镜像
    ///
    /// `PUT /zstack/v1/backup-storage/{backupStorageUuid}/actions`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - backupStorageUuid: 镜像存储UUID
    ///   - imageUuid: 镜像UUID
    ///   - exportFormat: 导出镜像的保存格式
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 导出镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func exportImageFromBackupStorage(
        backupStorageUuid: String,
        imageUuid: String,
        exportFormat: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ExportImageFromBackupStorage.Response {
        try await exportImageFromBackupStorage(
            ExportImageFromBackupStorage.Request(
                backupStorageUuid: backupStorageUuid,
                imageUuid: imageUuid,
                exportFormat: exportFormat,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 从镜像服务器导出镜像(ExportImageFromBackupStorage)
    ///
    /// 从镜像服务器中导出镜像
    ///
    /// `PUT /zstack/v1/backup-storage/{backupStorageUuid}/actions`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 导出镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func exportImageFromBackupStorage(
        _ request: ExportImageFromBackupStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ExportImageFromBackupStorage.Response {
        var call = ZStackRequestBuilder(operation: ExportImageFromBackupStorage.operation)
        call.setPathParameter("backupStorageUuid", to: request.backupStorageUuid)
        call.jsonBody = ExportImageFromBackupStorage.Body(request)
        return try await perform(call, polling: polling)
    }
}
