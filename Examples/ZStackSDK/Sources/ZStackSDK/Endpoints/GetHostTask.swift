import HTTPTypes

/// GetHostTask
///
/// 获取物理机上的任务信息
///
/// `GET /zstack/v1/hosts/task-details`, synchronous, authorization required.
///
/// Category: host
public nonisolated enum GetHostTask {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetHostTask",
            method: .get,
            pathTemplate: "/zstack/v1/hosts/task-details",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 物理机UUIDs
        public let hostUuids: [String]

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// The `syncSignatures` field.
        public let syncSignatures: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - hostUuids: 物理机UUIDs
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        ///   - syncSignatures: The `syncSignatures` field.
        public init(
            hostUuids: [String],
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            syncSignatures: [String]? = nil
        ) {
            self.hostUuids = hostUuids
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
            guard ZStackFieldwise.same(lhs.hostUuids, rhs.hostUuids) else { return false }
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
    /// GetHostTask
    ///
    /// 获取物理机上的任务信息
    ///
    /// `GET /zstack/v1/hosts/task-details`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - hostUuids: 物理机UUIDs
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - syncSignatures: The `syncSignatures` field.
    /// - Returns: 获取任务队列返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getHostTask(
        hostUuids: [String],
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        syncSignatures: [String]? = nil
    ) async throws -> GetHostTask.Response {
        try await getHostTask(
            GetHostTask.Request(
                hostUuids: hostUuids,
                systemTags: systemTags,
                userTags: userTags,
                syncSignatures: syncSignatures
            )
        )
    }

    /// GetHostTask
    ///
    /// 获取物理机上的任务信息
    ///
    /// `GET /zstack/v1/hosts/task-details`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取任务队列返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getHostTask(
        _ request: GetHostTask.Request
    ) async throws -> GetHostTask.Response {
        let call = ZStackRequestBuilder(operation: GetHostTask.operation)
        call.appendQueryItems("hostUuids", values: request.hostUuids)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        call.appendQueryItems("syncSignatures", values: request.syncSignatures)
        return try await perform(call)
    }
}
