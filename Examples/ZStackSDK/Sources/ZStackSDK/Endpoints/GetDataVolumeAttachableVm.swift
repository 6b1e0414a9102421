import HTTPTypes

/// GetDataVolumeAttachableVm
///
/// 获取云盘是否能被加载
///
/// `GET /zstack/v1/volumes/{volumeUuid}/candidate-vm-instances`, synchronous, authorization required.
///
/// Category: volume
public nonisolated enum GetDataVolumeAttachableVm {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetDataVolumeAttachableVm",
            method: .get,
            pathTemplate: "/zstack/v1/volumes/{volumeUuid}/candidate-vm-instances",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云盘UUID
        public let volumeUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - volumeUuid: 云盘UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(volumeUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.volumeUuid = volumeUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.volumeUuid, rhs.volumeUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 云主机列表
    ///
    /// An ``InventoriesReply`` of ``VmInstanceInventory``: the replies that differ only in that type share one generic
    /// type.
    ///
    /// - `inventories`: 可加载的云主机列表
    public typealias Response = InventoriesReply<VmInstanceInventory>
}

nonisolated extension ZStackClient {
    /// GetDataVolumeAttachableVm
    ///
    /// 获取云盘是否能被加载
    ///
    /// `GET /zstack/v1/volumes/{volumeUuid}/candidate-vm-instances`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - volumeUuid: 云盘UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 云主机列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getDataVolumeAttachableVm(
        volumeUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetDataVolumeAttachableVm.Response {
        try await getDataVolumeAttachableVm(
            GetDataVolumeAttachableVm.Request(volumeUuid: volumeUuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetDataVolumeAttachableVm
    ///
    /// 获取云盘是否能被加载
    ///
    /// `GET /zstack/v1/volumes/{volumeUuid}/candidate-vm-instances`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getDataVolumeAttachableVm(
        _ request: GetDataVolumeAttachableVm.Request
    ) async throws -> GetDataVolumeAttachableVm.Response {
        let call = ZStackRequestBuilder(operation: GetDataVolumeAttachableVm.operation)
        call.setPathParameter("volumeUuid", to: request.volumeUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
