import HTTPTypes

/// UpdateVmCdRom
///
/// 修改CDROM
///
/// `PUT /zstack/v1/vm-instances/cdroms/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum UpdateVmCdRom {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateVmCdRom",
        method: .put,
        pathTemplate: "/zstack/v1/vm-instances/cdroms/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 资源的详细描述
        public var description: String?

        /// 资源名称
        public var name: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 系统标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - description: 资源的详细描述
        ///   - name: 资源名称
        ///   - systemTags: 系统标签
        ///   - userTags: 系统标签
        public init(
            uuid: String,
            description: String? = nil,
            name: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.description = description
            self.name = name
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"updateVmCdRom": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateVmCdRom"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var description: String?
            var name: String?

            init(_ request: Request) {
                self.description = request.description
                self.name = request.name
            }

            private enum CodingKeys: String, CodingKey {
                case description = "description"
                case name = "name"
            }
        }
    }

    /// 修改CDROM返回
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: VmCdRomInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: VmCdRomInventory? = nil) {
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
    /// UpdateVmCdRom
    ///
    /// 修改CDROM
    ///
    /// `PUT /zstack/v1/vm-instances/cdroms/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - description: 资源的详细描述
    ///   - name: 资源名称
    ///   - systemTags: 系统标签
    ///   - userTags: 系统标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 修改CDROM返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVmCdRom(
        uuid: String,
        description: String? = nil,
        name: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVmCdRom.Response {
        try await updateVmCdRom(
            UpdateVmCdRom.Request(
                uuid: uuid,
                description: description,
                name: name,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateVmCdRom
    ///
    /// 修改CDROM
    ///
    /// `PUT /zstack/v1/vm-instances/cdroms/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 修改CDROM返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVmCdRom(
        _ request: UpdateVmCdRom.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVmCdRom.Response {
        var call = ZStackRequestBuilder(operation: UpdateVmCdRom.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UpdateVmCdRom.Body(request)
        return try await perform(call, polling: polling)
    }
}
