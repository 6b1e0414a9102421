import HTTPTypes

/// DetachSecurityGroupFromL3Network
///
/// 用户可以使用DetachSecurityGroupFromL3Network来从一个L3网络卸载一个安全组,卸载后, 所有的规则都会从这个L3网络上的并且在这个安全组中的虚拟机网卡上删除. 这个命令是异步执行的,
/// 在它返回后可能规则仍然没有对所有虚拟机网卡生效
///
/// 用户可以使用DetachSecurityGroupFromL3Network来从一个L3网络卸载一个安全组,卸载后, 所有的规则都会从这个L3网络上的并且在这个安全组中的虚拟机网卡上删除. 这个命令是异步执行的,
/// 在它返回后可能规则仍然没有对所有虚拟机网卡生效
///
/// `DELETE /zstack/v1/security-groups/{securityGroupUuid}/l3-networks/{l3NetworkUuid}`, asynchronous, authorization
/// required.
///
/// Category: securityGroup
public nonisolated enum DetachSecurityGroupFromL3Network {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "DetachSecurityGroupFromL3Network",
            method: .delete,
            pathTemplate: "/zstack/v1/security-groups/{securityGroupUuid}/l3-networks/{l3NetworkUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 安全组UUID
        public let securityGroupUuid: String

        /// 三层网络UUID
        public let l3NetworkUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - securityGroupUuid: 安全组UUID
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            securityGroupUuid: String,
            l3NetworkUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.securityGroupUuid = securityGroupUuid
            self.l3NetworkUuid = l3NetworkUuid
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
            guard ZStackFieldwise.same(lhs.l3NetworkUuid, rhs.l3NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 安全组（Security Group）清单
    ///
    /// An ``InventoryReply`` of ``SecurityGroupInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<SecurityGroupInventory>
}

nonisolated extension ZStackClient {
    /// DetachSecurityGroupFromL3Network
    ///
    /// 用户可以使用DetachSecurityGroupFromL3Network来从一个L3网络卸载一个安全组,卸载后, 所有的规则都会从这个L3网络上的并且在这个安全组中的虚拟机网卡上删除. 这个命令是异步执行的,
    /// 在它返回后可能规则仍然没有对所有虚拟机网卡生效
    ///
    /// 用户可以使用DetachSecurityGroupFromL3Network来从一个L3网络卸载一个安全组,卸载后, 所有的规则都会从这个L3网络上的并且在这个安全组中的虚拟机网卡上删除. 这个命令是异步执行的,
    /// 在它返回后可能规则仍然没有对所有虚拟机网卡生效
    ///
    /// `DELETE /zstack/v1/security-groups/{securityGroupUuid}/l3-networks/{l3NetworkUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - securityGroupUuid: 安全组UUID
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachSecurityGroupFromL3Network(
        securityGroupUuid: String,
        l3NetworkUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DetachSecurityGroupFromL3Network.Response {
        try await detachSecurityGroupFromL3Network(
            DetachSecurityGroupFromL3Network.Request(
                securityGroupUuid: securityGroupUuid,
                l3NetworkUuid: l3NetworkUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// DetachSecurityGroupFromL3Network
    ///
    /// 用户可以使用DetachSecurityGroupFromL3Network来从一个L3网络卸载一个安全组,卸载后, 所有的规则都会从这个L3网络上的并且在这个安全组中的虚拟机网卡上删除. 这个命令是异步执行的,
    /// 在它返回后可能规则仍然没有对所有虚拟机网卡生效
    ///
    /// 用户可以使用DetachSecurityGroupFromL3Network来从一个L3网络卸载一个安全组,卸载后, 所有的规则都会从这个L3网络上的并且在这个安全组中的虚拟机网卡上删除. 这个命令是异步执行的,
    /// 在它返回后可能规则仍然没有对所有虚拟机网卡生效
    ///
    /// `DELETE /zstack/v1/security-groups/{securityGroupUuid}/l3-networks/{l3NetworkUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachSecurityGroupFromL3Network(
        _ request: DetachSecurityGroupFromL3Network.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DetachSecurityGroupFromL3Network.Response {
        let call = ZStackRequestBuilder(operation: DetachSecurityGroupFromL3Network.operation)
        call.setPathParameter("securityGroupUuid", to: request.securityGroupUuid)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
