import HTTPTypes

/// DetachSshKeyPairFromVmInstance
///
/// 云主机卸载密钥对
///
/// `DELETE /zstack/v1/ssh-key-pair/{sshKeyPairUuid}/vm-instance/{vmInstanceUuid}`, asynchronous, authorization
/// required.
///
/// Category: sshKeyPair
public nonisolated enum DetachSshKeyPairFromVmInstance {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "DetachSshKeyPairFromVmInstance",
            method: .delete,
            pathTemplate: "/zstack/v1/ssh-key-pair/{sshKeyPairUuid}/vm-instance/{vmInstanceUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机UUID
        public let vmInstanceUuid: String

        /// The `sshKeyPairUuid` field.
        public let sshKeyPairUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: 云主机UUID
        ///   - sshKeyPairUuid: The `sshKeyPairUuid` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            vmInstanceUuid: String,
            sshKeyPairUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.vmInstanceUuid = vmInstanceUuid
            self.sshKeyPairUuid = sshKeyPairUuid
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
            guard ZStackFieldwise.same(lhs.vmInstanceUuid, rhs.vmInstanceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.sshKeyPairUuid, rhs.sshKeyPairUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 云主机卸载密钥对返回
    ///
    /// The same type as ``DeleteSshKeyPair/Response``: the replies have the same fields.
    public typealias Response = DeleteSshKeyPair.Response
}

nonisolated extension ZStackClient {
    /// DetachSshKeyPairFromVmInstance
    ///
    /// 云主机卸载密钥对
    ///
    /// `DELETE /zstack/v1/ssh-key-pair/{sshKeyPairUuid}/vm-instance/{vmInstanceUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - sshKeyPairUuid: The `sshKeyPairUuid` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机卸载密钥对返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachSshKeyPairFromVmInstance(
        vmInstanceUuid: String,
        sshKeyPairUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DetachSshKeyPairFromVmInstance.Response {
        try await detachSshKeyPairFromVmInstance(
            DetachSshKeyPairFromVmInstance.Request(
                vmInstanceUuid: vmInstanceUuid,
                sshKeyPairUuid: sshKeyPairUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// DetachSshKeyPairFromVmInstance
    ///
    /// 云主机卸载密钥对
    ///
    /// `DELETE /zstack/v1/ssh-key-pair/{sshKeyPairUuid}/vm-instance/{vmInstanceUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机卸载密钥对返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachSshKeyPairFromVmInstance(
        _ request: DetachSshKeyPairFromVmInstance.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DetachSshKeyPairFromVmInstance.Response {
        let call = ZStackRequestBuilder(operation: DetachSshKeyPairFromVmInstance.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.setPathParameter("sshKeyPairUuid", to: request.sshKeyPairUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
