import HTTPTypes

/// 加载ISO到云主机(AttachIsoToVmInstance)
///
/// 加载一个ISO镜像到Running或Stopped的云主机
///
/// `POST /zstack/v1/vm-instances/{vmInstanceUuid}/iso/{isoUuid}`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum AttachIsoToVmInstance {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AttachIsoToVmInstance",
            method: .post,
            pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/iso/{isoUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机UUID
        public let vmInstanceUuid: String

        /// ISO UUID
        public let isoUuid: String

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: 云主机UUID
        ///   - isoUuid: ISO UUID
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: 用户标签
        public init(vmInstanceUuid: String, isoUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.vmInstanceUuid = vmInstanceUuid
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
            guard ZStackFieldwise.same(lhs.vmInstanceUuid, rhs.vmInstanceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.isoUuid, rhs.isoUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 云主机清单
    ///
    /// An ``InventoryReply`` of ``VmInstanceInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<VmInstanceInventory>
}

nonisolated extension ZStackClient {
    /// 加载ISO到云主机(AttachIsoToVmInstance)
    ///
    /// 加载一个ISO镜像到Running或Stopped的云主机
    ///
    /// `POST /zstack/v1/vm-instances/{vmInstanceUuid}/iso/{isoUuid}`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - isoUuid: ISO UUID
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachIsoToVmInstance(
        vmInstanceUuid: String,
        isoUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachIsoToVmInstance.Response {
        try await attachIsoToVmInstance(
            AttachIsoToVmInstance.Request(
                vmInstanceUuid: vmInstanceUuid,
                isoUuid: isoUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 加载ISO到云主机(AttachIsoToVmInstance)
    ///
    /// 加载一个ISO镜像到Running或Stopped的云主机
    ///
    /// `POST /zstack/v1/vm-instances/{vmInstanceUuid}/iso/{isoUuid}`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachIsoToVmInstance(
        _ request: AttachIsoToVmInstance.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachIsoToVmInstance.Response {
        let call = ZStackRequestBuilder(operation: AttachIsoToVmInstance.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.setPathParameter("isoUuid", to: request.isoUuid)
        call.jsonBody = ZStackJSONBody { body in
            body.encodeObject(forKey: "null") { _ in }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
