import HTTPTypes

/// 加载ISO到云主机(AttachIsoToVmInstance)
///
/// 加载一个ISO镜像到Running或Stopped的云主机
///
/// `POST /zstack/v1/vm-instances/{vmInstanceUuid}/iso/{isoUuid}`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum AttachIsoToVmInstance {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AttachIsoToVmInstance",
        method: .post,
        pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/iso/{isoUuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云主机UUID
        public var vmInstanceUuid: String

        /// ISO UUID
        public var isoUuid: String

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: 云主机UUID
        ///   - isoUuid: ISO UUID
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: 用户标签
        public init(vmInstanceUuid: String, isoUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.vmInstanceUuid = vmInstanceUuid
            self.isoUuid = isoUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"null": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "null"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 云主机清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: VmInstanceInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: VmInstanceInventory? = nil) {
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
    /// 加载ISO到云主机(AttachIsoToVmInstance)
    ///
    /// 加载一个ISO镜像到Running或Stopped的云主机
    ///
    /// `POST /zstack/v1/vm-instances/{vmInstanceUuid}/iso/{isoUuid}`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - isoUuid: ISO UUID
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachIsoToVmInstance(
        vmInstanceUuid: String,
        isoUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachIsoToVmInstance.Response {
        try await attachIsoToVmInstance(
            AttachIsoToVmInstance.Request(
                vmInstanceUuid: vmInstanceUuid,
                isoUuid: isoUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 加载ISO到云主机(AttachIsoToVmInstance)
    ///
    /// 加载一个ISO镜像到Running或Stopped的云主机
    ///
    /// `POST /zstack/v1/vm-instances/{vmInstanceUuid}/iso/{isoUuid}`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachIsoToVmInstance(
        _ request: AttachIsoToVmInstance.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachIsoToVmInstance.Response {
        var call = ZStackRequestBuilder(operation: AttachIsoToVmInstance.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.setPathParameter("isoUuid", to: request.isoUuid)
        call.jsonBody = AttachIsoToVmInstance.Body(request)
        return try await perform(call, polling: polling)
    }
}
