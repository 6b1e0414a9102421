import HTTPTypes

/// 绑定弹性IP(AttachEip)
///
/// 绑定弹性IP
///
/// `POST /zstack/v1/eips/{eipUuid}/vm-instances/nics/{vmNicUuid}`, asynchronous, authorization required.
///
/// Category: 弹性IP
public nonisolated enum AttachEip {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AttachEip",
            method: .post,
            pathTemplate: "/zstack/v1/eips/{eipUuid}/vm-instances/nics/{vmNicUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 弹性IP UUID
        public let eipUuid: String

        /// 云主机网卡UUID
        public let vmNicUuid: String

        /// IP地址Uuid
        public let usedIpUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - eipUuid: 弹性IP UUID
        ///   - vmNicUuid: 云主机网卡UUID
        ///   - usedIpUuid: IP地址Uuid
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            eipUuid: String,
            vmNicUuid: String,
            usedIpUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.eipUuid = eipUuid
            self.vmNicUuid = vmNicUuid
            self.usedIpUuid = usedIpUuid
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
            guard ZStackFieldwise.same(lhs.eipUuid, rhs.eipUuid) else { return false }
            guard ZStackFieldwise.same(lhs.vmNicUuid, rhs.vmNicUuid) else { return false }
            guard ZStackFieldwise.same(lhs.usedIpUuid, rhs.usedIpUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 弹性IP清单
    ///
    /// An ``InventoryReply`` of ``EipInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<EipInventory>
}

nonisolated extension ZStackClient {
    /// 绑定弹性IP(AttachEip)
    ///
    /// 绑定弹性IP
    ///
    /// `POST /zstack/v1/eips/{eipUuid}/vm-instances/nics/{vmNicUuid}`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - eipUuid: 弹性IP UUID
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - usedIpUuid: IP地址Uuid
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 弹性IP清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachEip(
        eipUuid: String,
        vmNicUuid: String,
        usedIpUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachEip.Response {
        try await attachEip(
            AttachEip.Request(
                eipUuid: eipUuid,
                vmNicUuid: vmNicUuid,
                usedIpUuid: usedIpUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 绑定弹性IP(AttachEip)
    ///
    /// 绑定弹性IP
    ///
    /// `POST /zstack/v1/eips/{eipUuid}/vm-instances/nics/{vmNicUuid}`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 弹性IP清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachEip(
        _ request: AttachEip.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachEip.Response {
        let call = ZStackRequestBuilder(operation: AttachEip.operation)
        call.setPathParameter("eipUuid", to: request.eipUuid)
        call.setPathParameter("vmNicUuid", to: request.vmNicUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.usedIpUuid, forKey: "usedIpUuid")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
