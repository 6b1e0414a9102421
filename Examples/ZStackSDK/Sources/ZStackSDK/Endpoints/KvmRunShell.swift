import HTTPTypes

/// KvmRunShell
///
/// KVM运行命令
///
/// KVM运行命令
///
/// `PUT /zstack/v1/hosts/kvm/actions`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum KvmRunShell {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "KvmRunShell",
        method: .put,
        pathTemplate: "/zstack/v1/hosts/kvm/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 目标机器UUID
        public var hostUuids: [String]

        /// 脚本
        public var script: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - hostUuids: 目标机器UUID
        ///   - script: 脚本
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(hostUuids: [String], script: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.hostUuids = hostUuids
            self.script = script
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"kvmRunShell": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "kvmRunShell"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var hostUuids: [String]
            var script: String

            init(_ request: Request) {
                self.hostUuids = request.hostUuids
                self.script = request.script
            }

            private enum CodingKeys: String, CodingKey {
                case hostUuids = "hostUuids"
                case script = "script"
            }
        }
    }

    /// KVM执行shell结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: [String: ZStackJSONValue]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: [String: ZStackJSONValue]? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventory = "inventory"
        }
    }
}

nonisolated extension ZStackClient {
    /// KvmRunShell
    ///
    /// KVM运行命令
    ///
    /// KVM运行命令
    ///
    /// `PUT /zstack/v1/hosts/kvm/actions`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - hostUuids: 目标机器UUID
    ///   - script: 脚本
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: KVM执行shell结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func kvmRunShell(
        hostUuids: [String],
        script: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> KvmRunShell.Response {
        try await kvmRunShell(
            KvmRunShell.Request(hostUuids: hostUuids, script: script, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// KvmRunShell
    ///
    /// KVM运行命令
    ///
    /// KVM运行命令
    ///
    /// `PUT /zstack/v1/hosts/kvm/actions`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: KVM执行shell结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func kvmRunShell(
        _ request: KvmRunShell.Request,
        polling: ZStackPolling? = nil
    ) async throws -> KvmRunShell.Response {
        var call = ZStackRequestBuilder(operation: KvmRunShell.operation)
        call.jsonBody = KvmRunShell.Body(request)
        return try await perform(call, polling: polling)
    }
}
