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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetVmMigrationCandidateHosts",
            method: .get,
            pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/migration-target-hosts",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    ///
    /// The same type as ``GetCandidateIsoForAttachingVm/Request``: the inputs are the same.
    public typealias Request = GetCandidateIsoForAttachingVm.Request

    /// 可迁移物理机
    ///
    /// An ``InventoriesReply`` of ``HostInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoriesReply<HostInventory>
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
        let call = ZStackRequestBuilder(operation: GetVmMigrationCandidateHosts.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
