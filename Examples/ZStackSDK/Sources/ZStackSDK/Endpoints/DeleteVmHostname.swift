import HTTPTypes

/// 删除云主机Hostname(DeleteVmHostname)
///
/// 删除云主机的Hostname。注意，该删除操作仅仅是删除配置在数据库中以及DHCP服务器上的云主机hostname，无法改变云主机内部手动配置的hostname。
///
/// `DELETE /zstack/v1/vm-instances/{uuid}/hostnames`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum DeleteVmHostname {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "DeleteVmHostname",
            method: .delete,
            pathTemplate: "/zstack/v1/vm-instances/{uuid}/hostnames",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机UUID
        public let uuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `deleteMode` field.
        public let deleteMode: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 云主机UUID
        ///   - systemTags: 系统标签
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
    /// 删除云主机Hostname(DeleteVmHostname)
    ///
    /// 删除云主机的Hostname。注意，该删除操作仅仅是删除配置在数据库中以及DHCP服务器上的云主机hostname，无法改变云主机内部手动配置的hostname。
    ///
    /// `DELETE /zstack/v1/vm-instances/{uuid}/hostnames`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 云主机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - deleteMode: The `deleteMode` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 删除云主机结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func deleteVmHostname(
        uuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        deleteMode: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DeleteVmHostname.Response {
        try await deleteVmHostname(
            DeleteVmHostname.Request(uuid: uuid, systemTags: systemTags, userTags: userTags, deleteMode: deleteMode),
            polling: polling
        )
    }

    /// 删除云主机Hostname(DeleteVmHostname)
    ///
    /// 删除云主机的Hostname。注意，该删除操作仅仅是删除配置在数据库中以及DHCP服务器上的云主机hostname，无法改变云主机内部手动配置的hostname。
    ///
    /// `DELETE /zstack/v1/vm-instances/{uuid}/hostnames`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 删除云主机结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func deleteVmHostname(
        _ request: DeleteVmHostname.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DeleteVmHostname.Response {
        let call = ZStackRequestBuilder(operation: DeleteVmHostname.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        call.appendQueryItem("deleteMode", value: request.deleteMode)
        return try await perform(call, polling: polling)
    }
}
