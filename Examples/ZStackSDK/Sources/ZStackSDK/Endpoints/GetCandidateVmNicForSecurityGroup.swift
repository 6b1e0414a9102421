import HTTPTypes

/// GetCandidateVmNicForSecurityGroup
///
/// 获取可应用安全组的网卡列表清单
///
/// 获取可应用安全组的网卡列表清单
///
/// `GET /zstack/v1/security-groups/{securityGroupUuid}/vm-instances/candidate-nics`, synchronous, authorization
/// required.
///
/// Category: securityGroup
public nonisolated enum GetCandidateVmNicForSecurityGroup {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetCandidateVmNicForSecurityGroup",
            method: .get,
            pathTemplate: "/zstack/v1/security-groups/{securityGroupUuid}/vm-instances/candidate-nics",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 安全组UUID
        public let securityGroupUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - securityGroupUuid: 安全组UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(securityGroupUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.securityGroupUuid = securityGroupUuid
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
            guard ZStackFieldwise.same(lhs.securityGroupUuid, rhs.securityGroupUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 安全组（Security Group）清单
    ///
    /// An ``InventoriesReply`` of ``VmNicInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoriesReply<VmNicInventory>
}

nonisolated extension ZStackClient {
    /// GetCandidateVmNicForSecurityGroup
    ///
    /// 获取可应用安全组的网卡列表清单
    ///
    /// 获取可应用安全组的网卡列表清单
    ///
    /// `GET /zstack/v1/security-groups/{securityGroupUuid}/vm-instances/candidate-nics`, synchronous, authorization
    /// required.
    ///
    /// - Parameters:
    ///   - securityGroupUuid: 安全组UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateVmNicForSecurityGroup(
        securityGroupUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetCandidateVmNicForSecurityGroup.Response {
        try await getCandidateVmNicForSecurityGroup(
            GetCandidateVmNicForSecurityGroup.Request(
                securityGroupUuid: securityGroupUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetCandidateVmNicForSecurityGroup
    ///
    /// 获取可应用安全组的网卡列表清单
    ///
    /// 获取可应用安全组的网卡列表清单
    ///
    /// `GET /zstack/v1/security-groups/{securityGroupUuid}/vm-instances/candidate-nics`, synchronous, authorization
    /// required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateVmNicForSecurityGroup(
        _ request: GetCandidateVmNicForSecurityGroup.Request
    ) async throws -> GetCandidateVmNicForSecurityGroup.Response {
        let call = ZStackRequestBuilder(operation: GetCandidateVmNicForSecurityGroup.operation)
        call.setPathParameter("securityGroupUuid", to: request.securityGroupUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
