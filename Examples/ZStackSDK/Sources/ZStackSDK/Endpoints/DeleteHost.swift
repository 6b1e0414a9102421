import HTTPTypes

/// DeleteHost
///
/// 删除物理机
///
/// 删除一个物理机
///
/// `DELETE /zstack/v1/hosts/{uuid}`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum DeleteHost {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "DeleteHost",
            method: .delete,
            pathTemplate: "/zstack/v1/hosts/{uuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// 删除模式
        public let deleteMode: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - deleteMode: 删除模式
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, deleteMode: String? = nil, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.deleteMode = deleteMode
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.deleteMode, rhs.deleteMode) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 删除物理机消息回复
    ///
    /// The same type as ``AddPolicyStatementsToRole/Response``: the replies have the same fields.
    public typealias Response = AddPolicyStatementsToRole.Response
}

nonisolated extension ZStackClient {
    /// DeleteHost
    ///
    /// 删除物理机
    ///
    /// 删除一个物理机
    ///
    /// `DELETE /zstack/v1/hosts/{uuid}`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - deleteMode: 删除模式
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 删除物理机消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func deleteHost(
        uuid: String,
        deleteMode: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DeleteHost.Response {
        try await deleteHost(
            DeleteHost.Request(uuid: uuid, deleteMode: deleteMode, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// DeleteHost
    ///
    /// 删除物理机
    ///
    /// 删除一个物理机
    ///
    /// `DELETE /zstack/v1/hosts/{uuid}`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 删除物理机消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func deleteHost(
        _ request: DeleteHost.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DeleteHost.Response {
        let call = ZStackRequestBuilder(operation: DeleteHost.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItem("deleteMode", value: request.deleteMode)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
