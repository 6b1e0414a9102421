import HTTPTypes

/// 删除云主机指定IP(DeleteVmStaticIp)
///
/// 删除云主机三层网络上指定的IP
///
/// `DELETE /zstack/v1/vm-instances/{vmInstanceUuid}/static-ips`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum DeleteVmStaticIp {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "DeleteVmStaticIp",
            method: .delete,
            pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/static-ips",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机UUID
        public let vmInstanceUuid: String

        /// 三层网络UUID
        public let l3NetworkUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `deleteMode` field.
        public let deleteMode: String?

        /// The `staticIp` field.
        public let staticIp: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: 云主机UUID
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - deleteMode: The `deleteMode` field.
        ///   - staticIp: The `staticIp` field.
        public init(
            vmInstanceUuid: String,
            l3NetworkUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            deleteMode: String? = nil,
            staticIp: String? = nil
        ) {
            self.vmInstanceUuid = vmInstanceUuid
            self.l3NetworkUuid = l3NetworkUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.deleteMode = deleteMode
            self.staticIp = staticIp
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
            guard ZStackFieldwise.same(lhs.l3NetworkUuid, rhs.l3NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.deleteMode, rhs.deleteMode) else { return false }
            return ZStackFieldwise.same(lhs.staticIp, rhs.staticIp)
        }
    }

    /// 删除云主机指定IP结果
    ///
    /// The same type as ``AddPolicyStatementsToRole/Response``: the replies have the same fields.
    public typealias Response = AddPolicyStatementsToRole.Response
}

nonisolated extension ZStackClient {
    /// 删除云主机指定IP(DeleteVmStaticIp)
    ///
    /// 删除云主机三层网络上指定的IP
    ///
    /// `DELETE /zstack/v1/vm-instances/{vmInstanceUuid}/static-ips`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - deleteMode: The `deleteMode` field.
    ///   - staticIp: The `staticIp` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 删除云主机指定IP结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func deleteVmStaticIp(
        vmInstanceUuid: String,
        l3NetworkUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        deleteMode: String? = nil,
        staticIp: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DeleteVmStaticIp.Response {
        try await deleteVmStaticIp(
            DeleteVmStaticIp.Request(
                vmInstanceUuid: vmInstanceUuid,
                l3NetworkUuid: l3NetworkUuid,
                systemTags: systemTags,
                userTags: userTags,
                deleteMode: deleteMode,
                staticIp: staticIp
            ),
            polling: polling
        )
    }

    /// 删除云主机指定IP(DeleteVmStaticIp)
    ///
    /// 删除云主机三层网络上指定的IP
    ///
    /// `DELETE /zstack/v1/vm-instances/{vmInstanceUuid}/static-ips`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 删除云主机指定IP结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func deleteVmStaticIp(
        _ request: DeleteVmStaticIp.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DeleteVmStaticIp.Response {
        let call = ZStackRequestBuilder(operation: DeleteVmStaticIp.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.appendQueryItem("l3NetworkUuid", value: request.l3NetworkUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        call.appendQueryItem("deleteMode", value: request.deleteMode)
        call.appendQueryItem("staticIp", value: request.staticIp)
        return try await perform(call, polling: polling)
    }
}
