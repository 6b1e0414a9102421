import HTTPTypes

/// 获取云主机可加载云盘列表(GetVmAttachableDataVolume)
///
/// 获取一个云主机可以加载的云盘列表
///
/// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/data-volume-candidates`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetVmAttachableDataVolume {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetVmAttachableDataVolume",
            method: .get,
            pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/data-volume-candidates",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    ///
    /// The same type as ``GetCandidateIsoForAttachingVm/Request``: the inputs are the same.
    public typealias Request = GetCandidateIsoForAttachingVm.Request

    /// 可加载云盘
    ///
    /// An ``InventoriesReply`` of ``VolumeInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoriesReply<VolumeInventory>
}

nonisolated extension ZStackClient {
    /// 获取云主机可加载云盘列表(GetVmAttachableDataVolume)
    ///
    /// 获取一个云主机可以加载的云盘列表
    ///
    /// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/data-volume-candidates`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 可加载云盘
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmAttachableDataVolume(
        vmInstanceUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetVmAttachableDataVolume.Response {
        try await getVmAttachableDataVolume(
            GetVmAttachableDataVolume.Request(
                vmInstanceUuid: vmInstanceUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// 获取云主机可加载云盘列表(GetVmAttachableDataVolume)
    ///
    /// 获取一个云主机可以加载的云盘列表
    ///
    /// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/data-volume-candidates`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 可加载云盘
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmAttachableDataVolume(
        _ request: GetVmAttachableDataVolume.Request
    ) async throws -> GetVmAttachableDataVolume.Response {
        let call = ZStackRequestBuilder(operation: GetVmAttachableDataVolume.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
