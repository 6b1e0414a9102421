import HTTPTypes

/// 获取可热迁移的物理机列表(GetVmMigrationCandidateHosts)
///
/// 获取一个云主机可以热迁移的物理机列表
///
/// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/migration-target-hosts`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetVmMigrationCandidateHosts {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetVmMigrationCandidateHosts",
        method: .get,
        pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/migration-target-hosts",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云主机UUID
        public var vmInstanceUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: 云主机UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(vmInstanceUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.vmInstanceUuid = vmInstanceUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 可迁移物理机
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventories` field.
        public var inventories: [HostInventory]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventories: The `inventories` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventories: [HostInventory]? = nil) {
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
    /// 获取可热迁移的物理机列表(GetVmMigrationCandidateHosts)
    ///
    /// 获取一个云主机可以热迁移的物理机列表
    ///
    /// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/migration-target-hosts`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 可迁移物理机
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmMigrationCandidateHosts(
        vmInstanceUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetVmMigrationCandidateHosts.Response {
        try await getVmMigrationCandidateHosts(
            GetVmMigrationCandidateHosts.Request(
                vmInstanceUuid: vmInstanceUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// 获取可热迁移的物理机列表(GetVmMigrationCandidateHosts)
    ///
    /// 获取一个云主机可以热迁移的物理机列表
    ///
    /// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/migration-target-hosts`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 可迁移物理机
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmMigrationCandidateHosts(
        _ request: GetVmMigrationCandidateHosts.Request
    ) async throws -> GetVmMigrationCandidateHosts.Response {
        var call = ZStackRequestBuilder(operation: GetVmMigrationCandidateHosts.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
