import HTTPTypes

/// UpdateVmNicDriver
///
/// 更改网卡驱动
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum UpdateVmNicDriver {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateVmNicDriver",
        method: .put,
        pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云主机UUID
        public var vmInstanceUuid: String

        /// 云主机网卡UUID
        public var vmNicUuid: String

        /// The `driverType` field.
        public var driverType: String

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: 云主机UUID
        ///   - vmNicUuid: 云主机网卡UUID
        ///   - driverType: The `driverType` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            vmInstanceUuid: String,
            vmNicUuid: String,
            driverType: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.vmInstanceUuid = vmInstanceUuid
            self.vmNicUuid = vmNicUuid
            self.driverType = driverType
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"updateVmNicDriver": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateVmNicDriver"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var vmNicUuid: String
            var driverType: String

            init(_ request: Request) {
                self.vmNicUuid = request.vmNicUuid
                self.driverType = request.driverType
            }

            private enum CodingKeys: String, CodingKey {
                case vmNicUuid = "vmNicUuid"
                case driverType = "driverType"
            }
        }
    }

    /// 更改网卡驱动返回
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: VmNicInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: VmNicInventory? = nil) {
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
    /// UpdateVmNicDriver
    ///
    /// 更改网卡驱动
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - driverType: The `driverType` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更改网卡驱动返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVmNicDriver(
        vmInstanceUuid: String,
        vmNicUuid: String,
        driverType: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVmNicDriver.Response {
        try await updateVmNicDriver(
            UpdateVmNicDriver.Request(
                vmInstanceUuid: vmInstanceUuid,
                vmNicUuid: vmNicUuid,
                driverType: driverType,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateVmNicDriver
    ///
    /// 更改网卡驱动
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更改网卡驱动返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVmNicDriver(
        _ request: UpdateVmNicDriver.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVmNicDriver.Response {
        var call = ZStackRequestBuilder(operation: UpdateVmNicDriver.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.jsonBody = UpdateVmNicDriver.Body(request)
        return try await perform(call, polling: polling)
    }
}
