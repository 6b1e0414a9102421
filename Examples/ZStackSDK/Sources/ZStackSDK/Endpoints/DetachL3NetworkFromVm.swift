import HTTPTypes

/// 从云主机卸载网络(DetachL3NetworkFromVm)
///
/// 从Running或Stopped的云主机上卸载一个网络
///
/// `DELETE /zstack/v1/vm-instances/nics/{vmNicUuid}`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum DetachL3NetworkFromVm {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "DetachL3NetworkFromVm",
            method: .delete,
            pathTemplate: "/zstack/v1/vm-instances/nics/{vmNicUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机网卡UUID，该网卡所在网络会从云主机卸载掉
        public let vmNicUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmNicUuid: 云主机网卡UUID，该网卡所在网络会从云主机卸载掉
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(vmNicUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
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
            guard ZStackFieldwise.same(lhs.vmNicUuid, rhs.vmNicUuid) else { return false }
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
    /// 从云主机卸载网络(DetachL3NetworkFromVm)
    ///
    /// 从Running或Stopped的云主机上卸载一个网络
    ///
    /// `DELETE /zstack/v1/vm-instances/nics/{vmNicUuid}`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmNicUuid: 云主机网卡UUID，该网卡所在网络会从云主机卸载掉
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachL3NetworkFromVm(
        vmNicUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DetachL3NetworkFromVm.Response {
        try await detachL3NetworkFromVm(
            DetachL3NetworkFromVm.Request(vmNicUuid: vmNicUuid, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// 从云主机卸载网络(DetachL3NetworkFromVm)
    ///
    /// 从Running或Stopped的云主机上卸载一个网络
    ///
    /// `DELETE /zstack/v1/vm-instances/nics/{vmNicUuid}`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachL3NetworkFromVm(
        _ request: DetachL3NetworkFromVm.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DetachL3NetworkFromVm.Response {
        let call = ZStackRequestBuilder(operation: DetachL3NetworkFromVm.operation)
        call.setPathParameter("vmNicUuid", to: request.vmNicUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
