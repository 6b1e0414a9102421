import HTTPTypes

/// GetPortForwardingAttachableVmNics
///
/// 获取可应用端口转发规则的云主机网卡列表
///
/// 获取可应用端口转发规则的云主机网卡列表
///
/// `GET /zstack/v1/port-forwarding/{ruleUuid}/vm-instances/candidate-nics`, synchronous, authorization required.
///
/// Category: portForwarding
public nonisolated enum GetPortForwardingAttachableVmNics {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetPortForwardingAttachableVmNics",
            method: .get,
            pathTemplate: "/zstack/v1/port-forwarding/{ruleUuid}/vm-instances/candidate-nics",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 规则的uuid
        public let ruleUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - ruleUuid: 规则的uuid
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(ruleUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.ruleUuid = ruleUuid
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
            guard ZStackFieldwise.same(lhs.ruleUuid, rhs.ruleUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 端口转发规则清单
    ///
    /// An ``InventoriesReply`` of ``VmNicInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoriesReply<VmNicInventory>
}

nonisolated extension ZStackClient {
    /// GetPortForwardingAttachableVmNics
    ///
    /// 获取可应用端口转发规则的云主机网卡列表
    ///
    /// 获取可应用端口转发规则的云主机网卡列表
    ///
    /// `GET /zstack/v1/port-forwarding/{ruleUuid}/vm-instances/candidate-nics`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - ruleUuid: 规则的uuid
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getPortForwardingAttachableVmNics(
        ruleUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetPortForwardingAttachableVmNics.Response {
        try await getPortForwardingAttachableVmNics(
            GetPortForwardingAttachableVmNics.Request(ruleUuid: ruleUuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetPortForwardingAttachableVmNics
    ///
    /// 获取可应用端口转发规则的云主机网卡列表
    ///
    /// 获取可应用端口转发规则的云主机网卡列表
    ///
    /// `GET /zstack/v1/port-forwarding/{ruleUuid}/vm-instances/candidate-nics`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getPortForwardingAttachableVmNics(
        _ request: GetPortForwardingAttachableVmNics.Request
    ) async throws -> GetPortForwardingAttachableVmNics.Response {
        let call = ZStackRequestBuilder(operation: GetPortForwardingAttachableVmNics.operation)
        call.setPathParameter("ruleUuid", to: request.ruleUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
