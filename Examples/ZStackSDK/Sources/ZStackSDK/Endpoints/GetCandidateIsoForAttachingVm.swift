import HTTPTypes

/// 获取云主机可加载ISO列表(GetCandidateIsoForAttachingVm)
///
/// 获取一个云主机以加载的ISO列表
///
/// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/iso-candidates`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetCandidateIsoForAttachingVm {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetCandidateIsoForAttachingVm",
            method: .get,
            pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/iso-candidates",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机UUID
        public let vmInstanceUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

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
            guard ZStackFieldwise.same(lhs.vmInstanceUuid, rhs.vmInstanceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// ISO清单
    ///
    /// An ``InventoriesReply`` of ``ImageInventory``: the replies that differ only in that type share one generic type.
    ///
    /// - `inventories`: ISO清单
    public typealias Response = InventoriesReply<ImageInventory>
}

nonisolated extension ZStackClient {
    /// 获取云主机可加载ISO列表(GetCandidateIsoForAttachingVm)
    ///
    /// 获取一个云主机以加载的ISO列表
    ///
    /// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/iso-candidates`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: ISO清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateIsoForAttachingVm(
        vmInstanceUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetCandidateIsoForAttachingVm.Response {
        try await getCandidateIsoForAttachingVm(
            GetCandidateIsoForAttachingVm.Request(
                vmInstanceUuid: vmInstanceUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// 获取云主机可加载ISO列表(GetCandidateIsoForAttachingVm)
    ///
    /// 获取一个云主机以加载的ISO列表
    ///
    /// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/iso-candidates`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: ISO清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateIsoForAttachingVm(
        _ request: GetCandidateIsoForAttachingVm.Request
    ) async throws -> GetCandidateIsoForAttachingVm.Response {
        let call = ZStackRequestBuilder(operation: GetCandidateIsoForAttachingVm.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
