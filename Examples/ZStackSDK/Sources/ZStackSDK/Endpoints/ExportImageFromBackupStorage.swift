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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "ExportImageFromBackupStorage",
            method: .put,
            pathTemplate: "/zstack/v1/backup-storage/{backupStorageUuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 镜像存储UUID
        public let backupStorageUuid: String

        /// 镜像UUID
        public let imageUuid: String

        /// 导出镜像的保存格式
        public let exportFormat: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

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

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.backupStorageUuid, rhs.backupStorageUuid) else { return false }
            guard ZStackFieldwise.same(lhs.imageUuid, rhs.imageUuid) else { return false }
            guard ZStackFieldwise.same(lhs.exportFormat, rhs.exportFormat) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 导出镜像清单
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// 被导出镜像的访问地址
        public let imageUrl: String?

        /// 被导出镜像的md5值
        public let exportMd5Sum: String?

        /// 导出成功失败标志
        public let success: Bool?

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

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.imageUrl = try object.optionalValue(String.self, forKey: "imageUrl")
            self.exportMd5Sum = try object.optionalValue(String.self, forKey: "exportMd5Sum")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.imageUrl, forKey: "imageUrl")
            try object.encodeValue(self.exportMd5Sum, forKey: "exportMd5Sum")
            try object.encodeValue(self.success, forKey: "success")
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Response, _ rhs: Response) -> Bool {
            guard ZStackFieldwise.same(lhs.error, rhs.error) else { return false }
            guard ZStackFieldwise.same(lhs.imageUrl, rhs.imageUrl) else { return false }
            guard ZStackFieldwise.same(lhs.exportMd5Sum, rhs.exportMd5Sum) else { return false }
            return ZStackFieldwise.same(lhs.success, rhs.success)
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
        let call = ZStackRequestBuilder(operation: ExportImageFromBackupStorage.operation)
        call.setPathParameter("backupStorageUuid", to: request.backupStorageUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "exportImageFromBackupStorage") { wrapped in
                try wrapped.encodeValue(request.imageUuid, forKey: "imageUuid")
                try wrapped.encodeValue(request.exportFormat, forKey: "exportFormat")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
