import HTTPTypes

/// AttachPortForwardingRule
///
/// 用户可以使用AttachPortForwardingRule来挂载一个规则到虚拟机网卡上
///
/// 用户可以使用AttachPortForwardingRule来挂载一个规则到虚拟机网卡上
///
/// `POST /zstack/v1/port-forwarding/{ruleUuid}/vm-instances/nics/{vmNicUuid}`, asynchronous, authorization required.
///
/// Category: portForwarding
public nonisolated enum AttachPortForwardingRule {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AttachPortForwardingRule",
            method: .post,
            pathTemplate: "/zstack/v1/port-forwarding/{ruleUuid}/vm-instances/nics/{vmNicUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 规则的uuid
        public let ruleUuid: String

        /// 云主机网卡UUID
        public let vmNicUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - ruleUuid: 规则的uuid
        ///   - vmNicUuid: 云主机网卡UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(ruleUuid: String, vmNicUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.ruleUuid = ruleUuid
            self.vmNicUuid = vmNicUuid
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
            guard ZStackFieldwise.same(lhs.vmNicUuid, rhs.vmNicUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 端口转发规则清单
    ///
    /// An ``InventoryReply`` of ``PortForwardingRuleInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<PortForwardingRuleInventory>
}

nonisolated extension ZStackClient {
    /// AttachPortForwardingRule
    ///
    /// 用户可以使用AttachPortForwardingRule来挂载一个规则到虚拟机网卡上
    ///
    /// 用户可以使用AttachPortForwardingRule来挂载一个规则到虚拟机网卡上
    ///
    /// `POST /zstack/v1/port-forwarding/{ruleUuid}/vm-instances/nics/{vmNicUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - ruleUuid: 规则的uuid
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachPortForwardingRule(
        ruleUuid: String,
        vmNicUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachPortForwardingRule.Response {
        try await attachPortForwardingRule(
            AttachPortForwardingRule.Request(
                ruleUuid: ruleUuid,
                vmNicUuid: vmNicUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AttachPortForwardingRule
    ///
    /// 用户可以使用AttachPortForwardingRule来挂载一个规则到虚拟机网卡上
    ///
    /// 用户可以使用AttachPortForwardingRule来挂载一个规则到虚拟机网卡上
    ///
    /// `POST /zstack/v1/port-forwarding/{ruleUuid}/vm-instances/nics/{vmNicUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachPortForwardingRule(
        _ request: AttachPortForwardingRule.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachPortForwardingRule.Response {
        let call = ZStackRequestBuilder(operation: AttachPortForwardingRule.operation)
        call.setPathParameter("ruleUuid", to: request.ruleUuid)
        call.setPathParameter("vmNicUuid", to: request.vmNicUuid)
        call.jsonBody = ZStackJSONBody { body in
            body.encodeObject(forKey: "params") { _ in }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
