import HTTPTypes

/// AttachVmNicToVm
///
/// 加载网卡到云主机
///
/// `POST /zstack/v1/vm-instances/{vmInstanceUuid}/nices/{vmNicUuid}`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum AttachVmNicToVm {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AttachVmNicToVm",
        method: .post,
        pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/nices/{vmNicUuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云主机网卡UUID
        public var vmNicUuid: String

        /// 云主机UUID
        public var vmInstanceUuid: String

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmNicUuid: 云主机网卡UUID
        ///   - vmInstanceUuid: 云主机UUID
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(vmNicUuid: String, vmInstanceUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.vmNicUuid = vmNicUuid
            self.vmInstanceUuid = vmInstanceUuid
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
    /// AttachVmNicToVm
    ///
    /// 加载网卡到云主机
    ///
    /// `POST /zstack/v1/vm-instances/{vmInstanceUuid}/nices/{vmNicUuid}`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - vmInstanceUuid: 云主机UUID
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachVmNicToVm(
        vmNicUuid: String,
        vmInstanceUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachVmNicToVm.Response {
        try await attachVmNicToVm(
            AttachVmNicToVm.Request(
                vmNicUuid: vmNicUuid,
                vmInstanceUuid: vmInstanceUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AttachVmNicToVm
    ///
    /// 加载网卡到云主机
    ///
    /// `POST /zstack/v1/vm-instances/{vmInstanceUuid}/nices/{vmNicUuid}`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachVmNicToVm(
        _ request: AttachVmNicToVm.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachVmNicToVm.Response {
        var call = ZStackRequestBuilder(operation: AttachVmNicToVm.operation)
        call.setPathParameter("vmNicUuid", to: request.vmNicUuid)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.jsonBody = AttachVmNicToVm.Body(request)
        return try await perform(call, polling: polling)
    }
}
