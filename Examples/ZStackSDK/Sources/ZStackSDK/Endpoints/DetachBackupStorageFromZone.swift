import HTTPTypes

/// 从区域中卸载已经挂载的镜像服务器(DetachBackupStorageFromZone)
///
/// 从区域中卸载已经挂载的镜像服务器
///
/// `DELETE /zstack/v1/zones/{zoneUuid}/backup-storage/{backupStorageUuid}`, asynchronous, authorization required.
///
/// Category: storage.backup
public nonisolated enum DetachBackupStorageFromZone {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "DetachBackupStorageFromZone",
        method: .delete,
        pathTemplate: "/zstack/v1/zones/{zoneUuid}/backup-storage/{backupStorageUuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// 镜像存储UUID
        public let backupStorageUuid: String

        /// 区域UUID
        public let zoneUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - backupStorageUuid: 镜像存储UUID
        ///   - zoneUuid: 区域UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            backupStorageUuid: String,
            zoneUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.backupStorageUuid = backupStorageUuid
            self.zoneUuid = zoneUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 镜像服务器清单
    public struct Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `inventory` field.
        public let inventory: BackupStorageInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: BackupStorageInventory? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.inventory = try object.optionalValue(BackupStorageInventory.self, forKey: "inventory")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.inventory, forKey: "inventory")
        }
    }
}

nonisolated extension ZStackClient {
    /// 从区域中卸载已经挂载的镜像服务器(DetachBackupStorageFromZone)
    ///
    /// 从区域中卸载已经挂载的镜像服务器
    ///
    /// `DELETE /zstack/v1/zones/{zoneUuid}/backup-storage/{backupStorageUuid}`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - backupStorageUuid: 镜像存储UUID
    ///   - zoneUuid: 区域UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachBackupStorageFromZone(
        backupStorageUuid: String,
        zoneUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DetachBackupStorageFromZone.Response {
        try await detachBackupStorageFromZone(
            DetachBackupStorageFromZone.Request(
                backupStorageUuid: backupStorageUuid,
                zoneUuid: zoneUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 从区域中卸载已经挂载的镜像服务器(DetachBackupStorageFromZone)
    ///
    /// 从区域中卸载已经挂载的镜像服务器
    ///
    /// `DELETE /zstack/v1/zones/{zoneUuid}/backup-storage/{backupStorageUuid}`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachBackupStorageFromZone(
        _ request: DetachBackupStorageFromZone.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DetachBackupStorageFromZone.Response {
        var call = ZStackRequestBuilder(operation: DetachBackupStorageFromZone.operation)
        call.setPathParameter("backupStorageUuid", to: request.backupStorageUuid)
        call.setPathParameter("zoneUuid", to: request.zoneUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
