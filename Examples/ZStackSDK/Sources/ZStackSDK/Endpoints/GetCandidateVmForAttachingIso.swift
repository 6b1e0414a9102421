import HTTPTypes

/// 获取ISO可加载云主机列表(GetCandidateVmForAttachingIso)
///
/// 获取一个ISO可以加载到的云主机列表
///
/// `GET /zstack/v1/images/iso/{isoUuid}/vm-candidates`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetCandidateVmForAttachingIso {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetCandidateVmForAttachingIso",
            method: .get,
            pathTemplate: "/zstack/v1/images/iso/{isoUuid}/vm-candidates",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// ISO UUID
        public let isoUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - isoUuid: ISO UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(isoUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.isoUuid = isoUuid
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
            guard ZStackFieldwise.same(lhs.isoUuid, rhs.isoUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 云主机清单
    ///
    /// An ``InventoriesReply`` of ``VmInstanceInventory``: the replies that differ only in that type share one generic
    /// type.
    ///
    /// - `inventories`: 云主机清单
    public typealias Response = InventoriesReply<VmInstanceInventory>
}

nonisolated extension ZStackClient {
    /// 获取ISO可加载云主机列表(GetCandidateVmForAttachingIso)
    ///
    /// 获取一个ISO可以加载到的云主机列表
    ///
    /// `GET /zstack/v1/images/iso/{isoUuid}/vm-candidates`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - isoUuid: ISO UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateVmForAttachingIso(
        isoUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetCandidateVmForAttachingIso.Response {
        try await getCandidateVmForAttachingIso(
            GetCandidateVmForAttachingIso.Request(isoUuid: isoUuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// 获取ISO可加载云主机列表(GetCandidateVmForAttachingIso)
    ///
    /// 获取一个ISO可以加载到的云主机列表
    ///
    /// `GET /zstack/v1/images/iso/{isoUuid}/vm-candidates`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateVmForAttachingIso(
        _ request: GetCandidateVmForAttachingIso.Request
    ) async throws -> GetCandidateVmForAttachingIso.Response {
        let call = ZStackRequestBuilder(operation: GetCandidateVmForAttachingIso.operation)
        call.setPathParameter("isoUuid", to: request.isoUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
