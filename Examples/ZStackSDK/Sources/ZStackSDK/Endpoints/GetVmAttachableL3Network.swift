import HTTPTypes

/// 获取云主机可加载三层网络列表(GetVmAttachableL3Network)
///
/// 获取一个云主机可加载网络三层网络列表
///
/// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/l3-networks-candidates`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetVmAttachableL3Network {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetVmAttachableL3Network",
            method: .get,
            pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/l3-networks-candidates",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    ///
    /// The same type as ``GetCandidateIsoForAttachingVm/Request``: the inputs are the same.
    public typealias Request = GetCandidateIsoForAttachingVm.Request

    /// 可加载三层网络
    ///
    /// An ``InventoriesReply`` of ``L3NetworkInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoriesReply<L3NetworkInventory>
}

nonisolated extension ZStackClient {
    /// 获取云主机可加载三层网络列表(GetVmAttachableL3Network)
    ///
    /// 获取一个云主机可加载网络三层网络列表
    ///
    /// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/l3-networks-candidates`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 可加载三层网络
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmAttachableL3Network(
        vmInstanceUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetVmAttachableL3Network.Response {
        try await getVmAttachableL3Network(
            GetVmAttachableL3Network.Request(vmInstanceUuid: vmInstanceUuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// 获取云主机可加载三层网络列表(GetVmAttachableL3Network)
    ///
    /// 获取一个云主机可加载网络三层网络列表
    ///
    /// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/l3-networks-candidates`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 可加载三层网络
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmAttachableL3Network(
        _ request: GetVmAttachableL3Network.Request
    ) async throws -> GetVmAttachableL3Network.Response {
        let call = ZStackRequestBuilder(operation: GetVmAttachableL3Network.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
