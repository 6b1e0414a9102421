import HTTPTypes

/// GetMemorySnapshotGroupReference
///
/// 获取资源被引用的内存快照组
///
/// `GET /zstack/v1/memory-snapshots/group/reference`, synchronous, authorization required.
///
/// Category: snapshot.volume
public nonisolated enum GetMemorySnapshotGroupReference {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetMemorySnapshotGroupReference",
        method: .get,
        pathTemplate: "/zstack/v1/memory-snapshots/group/reference",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源UUID
        public var resourceUuid: String

        /// 资源类型
        public var resourceType: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - resourceUuid: 资源UUID
        ///   - resourceType: 资源类型
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            resourceUuid: String,
            resourceType: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.resourceUuid = resourceUuid
            self.resourceType = resourceType
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 获取资源引用快照组列表返回
    public struct Response: Codable, Sendable, Hashable {
        /// 被引用的内存快照组列表
        public var inventories: [VolumeSnapshotGroupInventory]?

        /// 资源UUID
        public var resourceUuid: String?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - inventories: 被引用的内存快照组列表
        ///   - resourceUuid: 资源UUID
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(
            inventories: [VolumeSnapshotGroupInventory]? = nil,
            resourceUuid: String? = nil,
            success: Bool? = nil,
            error: ErrorCode? = nil
        ) {
            self.inventories = inventories
            self.resourceUuid = resourceUuid
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case inventories = "inventories"
            case resourceUuid = "resourceUuid"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetMemorySnapshotGroupReference
    ///
    /// 获取资源被引用的内存快照组
    ///
    /// `GET /zstack/v1/memory-snapshots/group/reference`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - resourceUuid: 资源UUID
    ///   - resourceType: 资源类型
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取资源引用快照组列表返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getMemorySnapshotGroupReference(
        resourceUuid: String,
        resourceType: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetMemorySnapshotGroupReference.Response {
        try await getMemorySnapshotGroupReference(
            GetMemorySnapshotGroupReference.Request(
                resourceUuid: resourceUuid,
                resourceType: resourceType,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetMemorySnapshotGroupReference
    ///
    /// 获取资源被引用的内存快照组
    ///
    /// `GET /zstack/v1/memory-snapshots/group/reference`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取资源引用快照组列表返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getMemorySnapshotGroupReference(
        _ request: GetMemorySnapshotGroupReference.Request
    ) async throws -> GetMemorySnapshotGroupReference.Response {
        var call = ZStackRequestBuilder(operation: GetMemorySnapshotGroupReference.operation)
        call.appendQueryItem("resourceUuid", value: request.resourceUuid)
        call.appendQueryItem("resourceType", value: request.resourceType)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
