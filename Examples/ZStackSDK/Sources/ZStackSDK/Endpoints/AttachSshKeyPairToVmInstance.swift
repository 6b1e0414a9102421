import HTTPTypes

/// AttachSshKeyPairToVmInstance
///
/// 云主机挂载密钥对
///
/// `POST /zstack/v1/ssh-key-pair/{sshKeyPairUuid}/vm-instance/{vmInstanceUuid}`, asynchronous, authorization required.
///
/// Category: sshKeyPair
public nonisolated enum AttachSshKeyPairToVmInstance {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AttachSshKeyPairToVmInstance",
        method: .post,
        pathTemplate: "/zstack/v1/ssh-key-pair/{sshKeyPairUuid}/vm-instance/{vmInstanceUuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云主机UUID
        public var vmInstanceUuid: String

        /// The `sshKeyPairUuid` field.
        public var sshKeyPairUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

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
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [String]?
        var userTags: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 云主机挂载密钥对返回
    public struct Response: Codable, Sendable, Hashable {
        /// The `inventory` field.
        public var inventory: SshKeyPairInventory?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - inventory: The `inventory` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(inventory: SshKeyPairInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.inventory = inventory
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case inventory = "inventory"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// AttachSshKeyPairToVmInstance
    ///
    /// 云主机挂载密钥对
    ///
    /// `POST /zstack/v1/ssh-key-pair/{sshKeyPairUuid}/vm-instance/{vmInstanceUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - sshKeyPairUuid: The `sshKeyPairUuid` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机挂载密钥对返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachSshKeyPairToVmInstance(
        vmInstanceUuid: String,
        sshKeyPairUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachSshKeyPairToVmInstance.Response {
        try await attachSshKeyPairToVmInstance(
            AttachSshKeyPairToVmInstance.Request(
                vmInstanceUuid: vmInstanceUuid,
                sshKeyPairUuid: sshKeyPairUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AttachSshKeyPairToVmInstance
    ///
    /// 云主机挂载密钥对
    ///
    /// `POST /zstack/v1/ssh-key-pair/{sshKeyPairUuid}/vm-instance/{vmInstanceUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机挂载密钥对返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachSshKeyPairToVmInstance(
        _ request: AttachSshKeyPairToVmInstance.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachSshKeyPairToVmInstance.Response {
        var call = ZStackRequestBuilder(operation: AttachSshKeyPairToVmInstance.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.setPathParameter("sshKeyPairUuid", to: request.sshKeyPairUuid)
        call.jsonBody = AttachSshKeyPairToVmInstance.Body(request)
        return try await perform(call, polling: polling)
    }
}
