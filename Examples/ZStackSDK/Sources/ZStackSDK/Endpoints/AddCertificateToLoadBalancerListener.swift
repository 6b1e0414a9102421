import HTTPTypes

/// AddCertificateToLoadBalancerListener
///
/// 添加证书到负载均衡
///
/// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/certificate`, asynchronous, authorization required.
///
/// Category: loadBalancer
public nonisolated enum AddCertificateToLoadBalancerListener {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddCertificateToLoadBalancerListener",
            method: .post,
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
    /// AddCertificateToLoadBalancerListener
    ///
    /// 添加证书到负载均衡
    ///
    /// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/certificate`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
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
    public func addCertificateToLoadBalancerListener(
        listenerUuid: String,
        certificateUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddCertificateToLoadBalancerListener.Response {
        try await addCertificateToLoadBalancerListener(
            AddCertificateToLoadBalancerListener.Request(
                listenerUuid: listenerUuid,
                certificateUuid: certificateUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AddCertificateToLoadBalancerListener
    ///
    /// 添加证书到负载均衡
    ///
    /// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/certificate`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡监听器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addCertificateToLoadBalancerListener(
        _ request: AddCertificateToLoadBalancerListener.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddCertificateToLoadBalancerListener.Response {
        let call = ZStackRequestBuilder(operation: AddCertificateToLoadBalancerListener.operation)
        call.setPathParameter("listenerUuid", to: request.listenerUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.certificateUuid, forKey: "certificateUuid")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
