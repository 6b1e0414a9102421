import HTTPTypes

/// MoveDirectory
///
/// 移动目录
///
/// `PUT /zstack/v1/move/directory`, asynchronous, authorization required.
///
/// Category: directory
public nonisolated enum MoveDirectory {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "MoveDirectory",
            method: .put,
            pathTemplate: "/zstack/v1/move/directory",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `targetParentUuid` field.
        public let targetParentUuid: String

        /// The `directoryUuid` field.
        public let directoryUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - targetParentUuid: The `targetParentUuid` field.
        ///   - directoryUuid: The `directoryUuid` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            targetParentUuid: String,
            directoryUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.targetParentUuid = targetParentUuid
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
            guard ZStackFieldwise.same(lhs.targetParentUuid, rhs.targetParentUuid) else { return false }
            guard ZStackFieldwise.same(lhs.directoryUuid, rhs.directoryUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 移动目录返回
    ///
    /// The same type as ``AddResourcesToDirectory/Response``: the replies have the same fields.
    public typealias Response = AddResourcesToDirectory.Response
}

nonisolated extension ZStackClient {
    /// MoveDirectory
    ///
    /// 移动目录
    ///
    /// `PUT /zstack/v1/move/directory`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - targetParentUuid: The `targetParentUuid` field.
    ///   - directoryUuid: The `directoryUuid` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 移动目录返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func moveDirectory(
        targetParentUuid: String,
        directoryUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> MoveDirectory.Response {
        try await moveDirectory(
            MoveDirectory.Request(
                targetParentUuid: targetParentUuid,
                directoryUuid: directoryUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// MoveDirectory
    ///
    /// 移动目录
    ///
    /// `PUT /zstack/v1/move/directory`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 移动目录返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func moveDirectory(
        _ request: MoveDirectory.Request,
        polling: ZStackPolling? = nil
    ) async throws -> MoveDirectory.Response {
        let call = ZStackRequestBuilder(operation: MoveDirectory.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "moveDirectory") { wrapped in
                try wrapped.encodeValue(request.targetParentUuid, forKey: "targetParentUuid")
                try wrapped.encodeValue(request.directoryUuid, forKey: "directoryUuid")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
