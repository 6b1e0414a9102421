import HTTPTypes

/// 获取主机本地存储容量(GetLocalStorageHostDiskCapacity)
///
/// 获取本地存储中物理机本地盘磁盘容量
///
/// `GET /zstack/v1/primary-storage/local-storage/{primaryStorageUuid}/capacities`, synchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum GetLocalStorageHostDiskCapacity {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetLocalStorageHostDiskCapacity",
        method: .get,
        pathTemplate: "/zstack/v1/primary-storage/local-storage/{primaryStorageUuid}/capacities",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 主存储UUID
        public var primaryStorageUuid: String

        /// 物理机UUID
        public var hostUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - primaryStorageUuid: 主存储UUID
        ///   - hostUuid: 物理机UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            primaryStorageUuid: String,
            hostUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.primaryStorageUuid = primaryStorageUuid
            self.hostUuid = hostUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 主机本地存储云盘容量清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventories` field.
        public var inventories: [ZStackJSONValue]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventories: The `inventories` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventories: [ZStackJSONValue]? = nil) {
            self.success = success
            self.error = error
            self.inventories = inventories
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventories = "inventories"
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取主机本地存储容量(GetLocalStorageHostDiskCapacity)
    ///
    /// 获取本地存储中物理机本地盘磁盘容量
    ///
    /// `GET /zstack/v1/primary-storage/local-storage/{primaryStorageUuid}/capacities`, synchronous, authorization
    /// required.
    ///
    /// - Parameters:
    ///   - primaryStorageUuid: 主存储UUID
    ///   - hostUuid: 物理机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 主机本地存储云盘容量清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getLocalStorageHostDiskCapacity(
        primaryStorageUuid: String,
        hostUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetLocalStorageHostDiskCapacity.Response {
        try await getLocalStorageHostDiskCapacity(
            GetLocalStorageHostDiskCapacity.Request(
                primaryStorageUuid: primaryStorageUuid,
                hostUuid: hostUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// 获取主机本地存储容量(GetLocalStorageHostDiskCapacity)
    ///
    /// 获取本地存储中物理机本地盘磁盘容量
    ///
    /// `GET /zstack/v1/primary-storage/local-storage/{primaryStorageUuid}/capacities`, synchronous, authorization
    /// required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主机本地存储云盘容量清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getLocalStorageHostDiskCapacity(
        _ request: GetLocalStorageHostDiskCapacity.Request
    ) async throws -> GetLocalStorageHostDiskCapacity.Response {
        var call = ZStackRequestBuilder(operation: GetLocalStorageHostDiskCapacity.operation)
        call.setPathParameter("primaryStorageUuid", to: request.primaryStorageUuid)
        call.appendQueryItem("hostUuid", value: request.hostUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
