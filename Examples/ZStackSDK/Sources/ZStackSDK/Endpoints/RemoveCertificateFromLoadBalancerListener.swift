import HTTPTypes

/// RemoveCertificateFromLoadBalancerListener
///
/// 从负载均衡移除证书
///
/// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/certificate`, asynchronous, authorization required.
///
/// Category: loadBalancer
public nonisolated enum RemoveCertificateFromLoadBalancerListener {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "RemoveCertificateFromLoadBalancerListener",
            method: .delete,
            pathTemplate: "/zstack/v1/load-balancers/listeners/{listenerUuid}/certificate",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `listenerUuid` field.
        public let listenerUuid: String

        /// The `certificateUuid` field.
        public let certificateUuid: String

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - listenerUuid: The `listenerUuid` field.
        ///   - certificateUuid: The `certificateUuid` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            listenerUuid: String,
            certificateUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.listenerUuid = listenerUuid
            self.certificateUuid = certificateUuid
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
            guard ZStackFieldwise.same(lhs.listenerUuid, rhs.listenerUuid) else { return false }
            guard ZStackFieldwise.same(lhs.certificateUuid, rhs.certificateUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 负载均衡监听器清单
    ///
    /// An ``InventoryReply`` of ``LoadBalancerListenerInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<LoadBalancerListenerInventory>
}

nonisolated extension ZStackClient {
    /// RemoveCertificateFromLoadBalancerListener
    ///
    /// 从负载均衡移除证书
    ///
    /// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/certificate`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - listenerUuid: The `listenerUuid` field.
    ///   - certificateUuid: The `certificateUuid` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡监听器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeCertificateFromLoadBalancerListener(
        listenerUuid: String,
        certificateUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveCertificateFromLoadBalancerListener.Response {
        try await removeCertificateFromLoadBalancerListener(
            RemoveCertificateFromLoadBalancerListener.Request(
                listenerUuid: listenerUuid,
                certificateUuid: certificateUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// RemoveCertificateFromLoadBalancerListener
    ///
    /// 从负载均衡移除证书
    ///
    /// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/certificate`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡监听器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeCertificateFromLoadBalancerListener(
        _ request: RemoveCertificateFromLoadBalancerListener.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveCertificateFromLoadBalancerListener.Response {
        let call = ZStackRequestBuilder(operation: RemoveCertificateFromLoadBalancerListener.operation)
        call.setPathParameter("listenerUuid", to: request.listenerUuid)
        call.appendQueryItem("certificateUuid", value: request.certificateUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
