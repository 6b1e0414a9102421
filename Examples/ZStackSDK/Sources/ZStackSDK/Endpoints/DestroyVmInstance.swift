import HTTPTypes

/// 删除云主机(DestroyVmInstance)
///
/// 删除一个云主机
///
/// `DELETE /zstack/v1/vm-instances/{uuid}`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum DestroyVmInstance {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "DestroyVmInstance",
            method: .delete,
            pathTemplate: "/zstack/v1/vm-instances/{uuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机UUID
        public let uuid: String

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `deleteMode` field.
        public let deleteMode: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 云主机UUID
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: 用户标签
        ///   - deleteMode: The `deleteMode` field.
        public init(uuid: String, systemTags: [String]? = nil, userTags: [String]? = nil, deleteMode: String? = nil) {
            self.uuid = uuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.deleteMode = deleteMode
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
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.deleteMode, rhs.deleteMode)
        }
    }

    /// 删除云主机结果
    ///
    /// The same type as ``AddPolicyStatementsToRole/Response``: the replies have the same fields.
    public typealias Response = AddPolicyStatementsToRole.Response
}

nonisolated extension ZStackClient {
    /// 删除云主机(DestroyVmInstance)
    ///
    /// 删除一个云主机
    ///
    /// `DELETE /zstack/v1/vm-instances/{uuid}`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 云主机UUID
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: 用户标签
    ///   - deleteMode: The `deleteMode` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 删除云主机结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func destroyVmInstance(
        uuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        deleteMode: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DestroyVmInstance.Response {
        try await destroyVmInstance(
            DestroyVmInstance.Request(uuid: uuid, systemTags: systemTags, userTags: userTags, deleteMode: deleteMode),
            polling: polling
        )
    }

    /// 删除云主机(DestroyVmInstance)
    ///
    /// 删除一个云主机
    ///
    /// `DELETE /zstack/v1/vm-instances/{uuid}`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 删除云主机结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func destroyVmInstance(
        _ request: DestroyVmInstance.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DestroyVmInstance.Response {
        let call = ZStackRequestBuilder(operation: DestroyVmInstance.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        call.appendQueryItem("deleteMode", value: request.deleteMode)
        return try await perform(call, polling: polling)
    }
}
