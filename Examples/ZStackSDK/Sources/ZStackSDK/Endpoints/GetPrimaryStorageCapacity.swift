import HTTPTypes

/// 获取主存储容量(GetPrimaryStorageCapacity)
///
/// 获取主存储容量
///
/// `GET /zstack/v1/primary-storage/capacities`, synchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum GetPrimaryStorageCapacity {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetPrimaryStorageCapacity",
        method: .get,
        pathTemplate: "/zstack/v1/primary-storage/capacities",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 区域UUID列表
        public var zoneUuids: [String]?

        /// 集群UUID列表
        public var clusterUuids: [String]?

        /// 主存储UUID列表
        public var primaryStorageUuids: [String]?

        /// 当主存储UUID列表为空时，该项为真表示查询系统中所有的主存储。
        public var all: Bool?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - zoneUuids: 区域UUID列表
        ///   - clusterUuids: 集群UUID列表
        ///   - primaryStorageUuids: 主存储UUID列表
        ///   - all: 当主存储UUID列表为空时，该项为真表示查询系统中所有的主存储。
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            zoneUuids: [String]? = nil,
            clusterUuids: [String]? = nil,
            primaryStorageUuids: [String]? = nil,
            all: Bool? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.zoneUuids = zoneUuids
            self.clusterUuids = clusterUuids
            self.primaryStorageUuids = primaryStorageUuids
            self.all = all
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 主存储容量信息
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `totalCapacity` field.
        public var totalCapacity: Int64?

        /// The `availableCapacity` field.
        public var availableCapacity: Int64?

        /// The `totalPhysicalCapacity` field.
        public var totalPhysicalCapacity: Int64?

        /// The `availablePhysicalCapacity` field.
        public var availablePhysicalCapacity: Int64?

        /// The `success` field.
        public var success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - totalCapacity: The `totalCapacity` field.
        ///   - availableCapacity: The `availableCapacity` field.
        ///   - totalPhysicalCapacity: The `totalPhysicalCapacity` field.
        ///   - availablePhysicalCapacity: The `availablePhysicalCapacity` field.
        ///   - success: The `success` field.
        public init(
            error: ErrorCode? = nil,
            totalCapacity: Int64? = nil,
            availableCapacity: Int64? = nil,
            totalPhysicalCapacity: Int64? = nil,
            availablePhysicalCapacity: Int64? = nil,
            success: Bool? = nil
        ) {
            self.error = error
            self.totalCapacity = totalCapacity
            self.availableCapacity = availableCapacity
            self.totalPhysicalCapacity = totalPhysicalCapacity
            self.availablePhysicalCapacity = availablePhysicalCapacity
            self.success = success
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case totalCapacity = "totalCapacity"
            case availableCapacity = "availableCapacity"
            case totalPhysicalCapacity = "totalPhysicalCapacity"
            case availablePhysicalCapacity = "availablePhysicalCapacity"
            case success = "success"
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取主存储容量(GetPrimaryStorageCapacity)
    ///
    /// 获取主存储容量
    ///
    /// `GET /zstack/v1/primary-storage/capacities`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - zoneUuids: 区域UUID列表
    ///   - clusterUuids: 集群UUID列表
    ///   - primaryStorageUuids: 主存储UUID列表
    ///   - all: 当主存储UUID列表为空时，该项为真表示查询系统中所有的主存储。
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 主存储容量信息
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getPrimaryStorageCapacity(
        zoneUuids: [String]? = nil,
        clusterUuids: [String]? = nil,
        primaryStorageUuids: [String]? = nil,
        all: Bool? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetPrimaryStorageCapacity.Response {
        try await getPrimaryStorageCapacity(
            GetPrimaryStorageCapacity.Request(
                zoneUuids: zoneUuids,
                clusterUuids: clusterUuids,
                primaryStorageUuids: primaryStorageUuids,
                all: all,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// 获取主存储容量(GetPrimaryStorageCapacity)
    ///
    /// 获取主存储容量
    ///
    /// `GET /zstack/v1/primary-storage/capacities`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储容量信息
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getPrimaryStorageCapacity(
        _ request: GetPrimaryStorageCapacity.Request
    ) async throws -> GetPrimaryStorageCapacity.Response {
        var call = ZStackRequestBuilder(operation: GetPrimaryStorageCapacity.operation)
        call.appendQueryItems("zoneUuids", values: request.zoneUuids)
        call.appendQueryItems("clusterUuids", values: request.clusterUuids)
        call.appendQueryItems("primaryStorageUuids", values: request.primaryStorageUuids)
        call.appendQueryItem("all", value: request.all.map { "\($0)" })
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
