import HTTPTypes

/// ChangeVmNicState
///
/// 修改云主机网卡状态
///
/// `PUT /zstack/v1/vm-instances/nics/{vmNicUuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum ChangeVmNicState {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "ChangeVmNicState",
            method: .put,
            pathTemplate: "/zstack/v1/vm-instances/nics/{vmNicUuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机网卡UUID
        public let vmNicUuid: String

        /// 云主机网卡状态
        public let state: ChangeVmNicStateState

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmNicUuid: 云主机网卡UUID
        ///   - state: 云主机网卡状态
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            vmNicUuid: String,
            state: ChangeVmNicStateState,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.vmNicUuid = vmNicUuid
            self.state = state
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
            guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
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
    /// ChangeVmNicState
    ///
    /// 修改云主机网卡状态
    ///
    /// `PUT /zstack/v1/vm-instances/nics/{vmNicUuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - state: 云主机网卡状态
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeVmNicState(
        vmNicUuid: String,
        state: ChangeVmNicStateState,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeVmNicState.Response {
        try await changeVmNicState(
            ChangeVmNicState.Request(vmNicUuid: vmNicUuid, state: state, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// ChangeVmNicState
    ///
    /// 修改云主机网卡状态
    ///
    /// `PUT /zstack/v1/vm-instances/nics/{vmNicUuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeVmNicState(
        _ request: ChangeVmNicState.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeVmNicState.Response {
        let call = ZStackRequestBuilder(operation: ChangeVmNicState.operation)
        call.setPathParameter("vmNicUuid", to: request.vmNicUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "changeVmNicState") { wrapped in
                try wrapped.encodeValue(request.state, forKey: "state")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
