import HTTPTypes

/// GetVmTask
///
/// 获取虚拟机上的任务信息
///
/// `GET /zstack/v1/vm-instances/task-details`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetVmTask {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetVmTask",
            method: .get,
            pathTemplate: "/zstack/v1/vm-instances/task-details",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `vmInstanceUuids` field.
        public let vmInstanceUuids: [String]

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `syncSignatures` field.
        public let syncSignatures: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuids: The `vmInstanceUuids` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - syncSignatures: The `syncSignatures` field.
        public init(
            vmInstanceUuids: [String],
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            syncSignatures: [String]? = nil
        ) {
            self.vmInstanceUuids = vmInstanceUuids
            self.systemTags = systemTags
            self.userTags = userTags
            self.syncSignatures = syncSignatures
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
            guard ZStackFieldwise.same(lhs.vmInstanceUuids, rhs.vmInstanceUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.syncSignatures, rhs.syncSignatures)
        }
    }

    /// 获取任务队列返回
    ///
    /// The same type as ``GetChainTask/Response``: the replies have the same fields.
    public typealias Response = GetChainTask.Response
}

nonisolated extension ZStackClient {
    /// GetVmTask
    ///
    /// 获取虚拟机上的任务信息
    ///
    /// `GET /zstack/v1/vm-instances/task-details`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - vmInstanceUuids: The `vmInstanceUuids` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - syncSignatures: The `syncSignatures` field.
    /// - Returns: 获取任务队列返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmTask(
        vmInstanceUuids: [String],
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        syncSignatures: [String]? = nil
    ) async throws -> GetVmTask.Response {
        try await getVmTask(
            GetVmTask.Request(
                vmInstanceUuids: vmInstanceUuids,
                systemTags: systemTags,
                userTags: userTags,
                syncSignatures: syncSignatures
            )
        )
    }

    /// GetVmTask
    ///
    /// 获取虚拟机上的任务信息
    ///
    /// `GET /zstack/v1/vm-instances/task-details`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取任务队列返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmTask(
        _ request: GetVmTask.Request
    ) async throws -> GetVmTask.Response {
        let call = ZStackRequestBuilder(operation: GetVmTask.operation)
        call.appendQueryItems("vmInstanceUuids", values: request.vmInstanceUuids)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        call.appendQueryItems("syncSignatures", values: request.syncSignatures)
        return try await perform(call)
    }
}
