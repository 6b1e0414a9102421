import HTTPTypes

/// BatchSyncVolumeSize
///
/// 批量刷新云盘容量
///
/// `POST /zstack/v1/volumes/batch-sync-volumes`, synchronous, authorization required.
///
/// Category: volume
public nonisolated enum BatchSyncVolumeSize {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "BatchSyncVolumeSize",
        method: .post,
        pathTemplate: "/zstack/v1/volumes/batch-sync-volumes",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 集群UUID
        public var clusterUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - clusterUuid: 集群UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(clusterUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.clusterUuid = clusterUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request.
    struct Body: Encodable {
        var clusterUuid: String
        var systemTags: [String]?
        var userTags: [String]?

        init(_ request: Request) {
            self.clusterUuid = request.clusterUuid
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case clusterUuid = "clusterUuid"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }
    }

    /// 批量刷新云盘容量返回
    public struct Response: Codable, Sendable, Hashable {
        /// 成功数量
        public var successCount: Int?

        /// 失败数量
        public var failCount: Int?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - successCount: 成功数量
        ///   - failCount: 失败数量
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(successCount: Int? = nil, failCount: Int? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.successCount = successCount
            self.failCount = failCount
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case successCount = "successCount"
            case failCount = "failCount"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// BatchSyncVolumeSize
    ///
    /// 批量刷新云盘容量
    ///
    /// `POST /zstack/v1/volumes/batch-sync-volumes`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - clusterUuid: 集群UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 批量刷新云盘容量返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func batchSyncVolumeSize(
        clusterUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> BatchSyncVolumeSize.Response {
        try await batchSyncVolumeSize(
            BatchSyncVolumeSize.Request(clusterUuid: clusterUuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// BatchSyncVolumeSize
    ///
    /// 批量刷新云盘容量
    ///
    /// `POST /zstack/v1/volumes/batch-sync-volumes`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 批量刷新云盘容量返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func batchSyncVolumeSize(
        _ request: BatchSyncVolumeSize.Request
    ) async throws -> BatchSyncVolumeSize.Response {
        var call = ZStackRequestBuilder(operation: BatchSyncVolumeSize.operation)
        call.jsonBody = BatchSyncVolumeSize.Body(request)
        return try await perform(call)
    }
}
