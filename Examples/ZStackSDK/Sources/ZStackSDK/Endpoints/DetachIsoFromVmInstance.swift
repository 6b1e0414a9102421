import HTTPTypes

/// 卸载云主机上的ISO(DetachIsoFromVmInstance)
///
/// 如果云主机上挂载有ISO，卸载它
///
/// `DELETE /zstack/v1/vm-instances/{vmInstanceUuid}/iso`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum DetachIsoFromVmInstance {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "DetachIsoFromVmInstance",
            method: .delete,
            pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/iso",
            requiresAuthorization: true,
            isAsynchronous: true
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

        /// The `isoUuid` field.
        public let isoUuid: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: 云主机UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - isoUuid: The `isoUuid` field.
        public init(
            vmInstanceUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            isoUuid: String? = nil
        ) {
            self.vmInstanceUuid = vmInstanceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.isoUuid = isoUuid
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
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.isoUuid, rhs.isoUuid)
        }
    }

    /// 云主机清单
    ///
    /// An ``InventoryReply`` of ``VmInstanceInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<VmInstanceInventory>
}

nonisolated extension ZStackClient {
    /// 卸载云主机上的ISO(DetachIsoFromVmInstance)
    ///
    /// 如果云主机上挂载有ISO，卸载它
    ///
    /// `DELETE /zstack/v1/vm-instances/{vmInstanceUuid}/iso`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - isoUuid: The `isoUuid` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachIsoFromVmInstance(
        vmInstanceUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        isoUuid: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DetachIsoFromVmInstance.Response {
        try await detachIsoFromVmInstance(
            DetachIsoFromVmInstance.Request(
                vmInstanceUuid: vmInstanceUuid,
                systemTags: systemTags,
                userTags: userTags,
                isoUuid: isoUuid
            ),
            polling: polling
        )
    }

    /// 卸载云主机上的ISO(DetachIsoFromVmInstance)
    ///
    /// 如果云主机上挂载有ISO，卸载它
    ///
    /// `DELETE /zstack/v1/vm-instances/{vmInstanceUuid}/iso`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachIsoFromVmInstance(
        _ request: DetachIsoFromVmInstance.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DetachIsoFromVmInstance.Response {
        let call = ZStackRequestBuilder(operation: DetachIsoFromVmInstance.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        call.appendQueryItem("isoUuid", value: request.isoUuid)
        return try await perform(call, polling: polling)
    }
}
