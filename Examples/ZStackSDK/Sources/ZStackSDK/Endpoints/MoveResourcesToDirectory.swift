import HTTPTypes

/// MoveResourcesToDirectory
///
/// 移动资源到指定目录
///
/// `PUT /zstack/v1/move/resources/directory`, asynchronous, authorization required.
///
/// Category: directory
public nonisolated enum MoveResourcesToDirectory {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "MoveResourcesToDirectory",
            method: .put,
            pathTemplate: "/zstack/v1/move/resources/directory",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 批量资源UUID
        public let resourceUuids: [String]

        /// 目录UUID
        public let directoryUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - resourceUuids: 批量资源UUID
        ///   - directoryUuid: 目录UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            resourceUuids: [String],
            directoryUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.resourceUuids = resourceUuids
            self.directoryUuid = directoryUuid
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
            guard ZStackFieldwise.same(lhs.resourceUuids, rhs.resourceUuids) else { return false }
            guard ZStackFieldwise.same(lhs.directoryUuid, rhs.directoryUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 移动资源到指定目录返回
    ///
    /// The same type as ``AddPolicyStatementsToRole/Response``: the replies have the same fields.
    public typealias Response = AddPolicyStatementsToRole.Response
}

nonisolated extension ZStackClient {
    /// MoveResourcesToDirectory
    ///
    /// 移动资源到指定目录
    ///
    /// `PUT /zstack/v1/move/resources/directory`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - resourceUuids: 批量资源UUID
    ///   - directoryUuid: 目录UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 移动资源到指定目录返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func moveResourcesToDirectory(
        resourceUuids: [String],
        directoryUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> MoveResourcesToDirectory.Response {
        try await moveResourcesToDirectory(
            MoveResourcesToDirectory.Request(
                resourceUuids: resourceUuids,
                directoryUuid: directoryUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// MoveResourcesToDirectory
    ///
    /// 移动资源到指定目录
    ///
    /// `PUT /zstack/v1/move/resources/directory`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 移动资源到指定目录返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func moveResourcesToDirectory(
        _ request: MoveResourcesToDirectory.Request,
        polling: ZStackPolling? = nil
    ) async throws -> MoveResourcesToDirectory.Response {
        let call = ZStackRequestBuilder(operation: MoveResourcesToDirectory.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "moveResourcesToDirectory") { wrapped in
                try wrapped.encodeValue(request.resourceUuids, forKey: "resourceUuids")
                try wrapped.encodeValue(request.directoryUuid, forKey: "directoryUuid")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
