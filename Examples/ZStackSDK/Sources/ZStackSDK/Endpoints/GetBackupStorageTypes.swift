import HTTPTypes

/// 获取镜像服务器类型列表(GetBackupStorageTypes)
///
/// 获取镜像服务器类型列表
///
/// `GET /zstack/v1/backup-storage/types`, synchronous, authorization required.
///
/// Category: storage.backup
public nonisolated enum GetBackupStorageTypes {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetBackupStorageTypes",
        method: .get,
        pathTemplate: "/zstack/v1/backup-storage/types",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 获取镜像服务器类型列表
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `success` field.
        public var success: Bool?

        /// 镜像服务器类型列表
        public var types: [String]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        ///   - types: 镜像服务器类型列表
        public init(error: ErrorCode? = nil, success: Bool? = nil, types: [String]? = nil) {
            self.error = error
            self.success = success
            self.types = types
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case success = "success"
            case types = "types"
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取镜像服务器类型列表(GetBackupStorageTypes)
    ///
    /// 获取镜像服务器类型列表
    ///
    /// `GET /zstack/v1/backup-storage/types`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取镜像服务器类型列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getBackupStorageTypes(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetBackupStorageTypes.Response {
        try await getBackupStorageTypes(
            GetBackupStorageTypes.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// 获取镜像服务器类型列表(GetBackupStorageTypes)
    ///
    /// 获取镜像服务器类型列表
    ///
    /// `GET /zstack/v1/backup-storage/types`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取镜像服务器类型列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getBackupStorageTypes(
        _ request: GetBackupStorageTypes.Request
    ) async throws -> GetBackupStorageTypes.Response {
        var call = ZStackRequestBuilder(operation: GetBackupStorageTypes.operation)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
